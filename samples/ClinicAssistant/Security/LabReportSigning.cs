using System.Security.Cryptography;

namespace ClinicAssistant.Security;

/// <summary>Signs lab reports and encrypts the claim summary sent to the insurer.</summary>
public sealed class LabReportSigning
{
    public (byte[] Signature, byte[] PublicKey) SignReport(byte[] reportPdf)
    {
        // Violation AIREG304: 1024-bit RSA.
        using var rsa = RSA.Create(1024);

        // Violation AIREG301: SHA-1 signature.
        var signature = rsa.SignData(reportPdf, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        return (signature, rsa.ExportSubjectPublicKeyInfo());
    }

    public byte[] EncryptClaimSummary(RSA insurerKey, byte[] claimSummary) =>
        // Violation AIREG303: PKCS#1 v1.5 encryption padding.
        insurerKey.Encrypt(claimSummary, RSAEncryptionPadding.Pkcs1);

    /// <summary>Checksum printed on the report footer.</summary>
    public string Checksum(byte[] reportPdf) =>
        // Violation AIREG301: MD5, even though it "only" detects corruption.
        System.Convert.ToHexString(MD5.HashData(reportPdf));

    /// <summary>Compliant: ECDSA P-256 with SHA-256.</summary>
    public byte[] SignPrescription(ECDsa prescriberKey, byte[] prescription) =>
        prescriberKey.SignData(prescription, HashAlgorithmName.SHA256);
}
