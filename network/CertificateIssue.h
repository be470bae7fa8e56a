// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Http.h"

#include <QSslCertificate>
#include <QSslError>

namespace Http {

/** What the program's message needs of a refused certificate (Qt Network's type stays in the module). */
inline CertificateIssue certificateIssue(const QSslError& error)
{
    CertificateIssue issue;
    issue.error = CertificateError(int(error.error()));
    issue.errorString = error.errorString();
    const QSslCertificate certificate = error.certificate();
    issue.hasCertificate = !certificate.isNull();
    if (issue.hasCertificate) {
        issue.effectiveDate = certificate.effectiveDate();
        issue.expiryDate = certificate.expiryDate();
        issue.dnsNames = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        issue.commonNames = certificate.subjectInfo(QSslCertificate::CommonName);
    }
    return issue;
}

} // namespace Http
