// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCall.h"

#include <QObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

#define AEP_SAME_VALUE(ours, theirs)                                                                                   \
    static_assert(int(NetworkModule::ours) == int(QKeychain::theirs), #ours " differs from QtKeychain's")
AEP_SAME_VALUE(KeychainNoError, NoError);
AEP_SAME_VALUE(KeychainEntryNotFound, EntryNotFound);
AEP_SAME_VALUE(KeychainCouldNotDeleteEntry, CouldNotDeleteEntry);
AEP_SAME_VALUE(KeychainAccessDeniedByUser, AccessDeniedByUser);
AEP_SAME_VALUE(KeychainAccessDenied, AccessDenied);
AEP_SAME_VALUE(KeychainNoBackendAvailable, NoBackendAvailable);
AEP_SAME_VALUE(KeychainNotImplemented, NotImplemented);
AEP_SAME_VALUE(KeychainOtherError, OtherError);
#undef AEP_SAME_VALUE

namespace {

/** Listens to one QtKeychain job until it answers or this is dropped. */
class KeychainCall final : public Http::Exchange
{
public:
    KeychainCall(QKeychain::Job* job, NetworkModule::KeychainOperation operation,
                 std::function<void(const NetworkModule::KeychainAnswer&)> done)
        : m_job(job), m_done(std::move(done))
    {
        // The QtKeychain job has no parent and deletes itself after finished(), even when nobody listens any more:
        // libsecret keeps a raw pointer to it until it answers, so nobody else may ever delete it.
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, &m_context, [this, operation](QKeychain::Job* finished) {
            NetworkModule::KeychainAnswer answer;
            answer.error = NetworkModule::KeychainError(int(finished->error()));
            answer.errorString = finished->errorString();
            // Read inside the slot: the QtKeychain job is deleted once this returns to the event loop.
            if (answer.error == NetworkModule::KeychainNoError && operation == NetworkModule::KeychainOperation::Read)
                answer.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
            m_job = nullptr;
            // The callback may destroy this call: nothing of it is touched after.
            const auto callback = std::move(m_done);
            callback(answer);
        });
        job->start();
    }

    ~KeychainCall() override { abort(); }

    void abort() override
    {
        m_done = nullptr;
        if (m_job)
            QObject::disconnect(m_job, nullptr, &m_context, nullptr);
    }

private:
    QObject m_context; ///< the connection to the job: gone with this call
    QPointer<QKeychain::Job> m_job;
    std::function<void(const NetworkModule::KeychainAnswer&)> m_done;
};

} // namespace

std::unique_ptr<Http::Exchange> startKeychainCall(NetworkModule::KeychainOperation operation, const QString& service,
                                                  const QString& key, const QString& secret,
                                                  std::function<void(const NetworkModule::KeychainAnswer&)> done)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case NetworkModule::KeychainOperation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case NetworkModule::KeychainOperation::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case NetworkModule::KeychainOperation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    return std::make_unique<KeychainCall>(job, operation, std::move(done));
}
