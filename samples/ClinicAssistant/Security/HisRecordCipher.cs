using System;
using System.Security.Cryptography;
using System.Text;

namespace ClinicAssistant.Security;

/// <summary>
/// Encrypts diagnosis notes exchanged with the hospital information system (HIS). Written years ago
/// against the HIS vendor's 3DES interface, and it shows.
/// </summary>
public sealed class HisRecordCipher
{
    // Violation AIREG305: the key is written into the program.
    private static readonly byte[] SharedKey = Encoding.ASCII.GetBytes("ClinicHis3DesKey2019!!!!");

    private readonly byte[] _aesKey;

    public HisRecordCipher(byte[] aesKeyFromKeyVault) => _aesKey = aesKeyFromKeyVault;

    public string EncryptDiagnosis(string diagnosis)
    {
        // Violation AIREG302: TripleDES.
        using var cipher = TripleDES.Create();

        // Violation AIREG303: ECB mode.
        cipher.Mode = CipherMode.ECB;

        // Violation AIREG305: constant key.
        cipher.Key = SharedKey;
        var plain = Encoding.UTF8.GetBytes(diagnosis);
        using var encryptor = cipher.CreateEncryptor();
        return Convert.ToBase64String(encryptor.TransformFinalBlock(plain, 0, plain.Length));
    }

    /// <summary>The newer attachment format: AES-CBC, but with an all-zero IV.</summary>
    public byte[] EncryptAttachment(byte[] attachment)
    {
        using var aes = Aes.Create();
        aes.Key = _aesKey;

        // Violation AIREG305: a fixed (all-zero) IV; fix: aes.GenerateIV().
        aes.IV = new byte[16];
        var cipherText = aes.EncryptCbc(attachment, aes.IV);
        var result = new byte[aes.IV.Length + cipherText.Length];
        aes.IV.CopyTo(result, 0);
        cipherText.CopyTo(result, aes.IV.Length);
        return result;
    }

    /// <summary>Compliant: authenticated encryption with a random nonce.</summary>
    public byte[] EncryptForArchive(byte[] record)
    {
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipherText = new byte[record.Length];
        using var gcm = new AesGcm(_aesKey, tag.Length);
        gcm.Encrypt(nonce, record, cipherText, tag);
        var result = new byte[nonce.Length + tag.Length + cipherText.Length];
        nonce.CopyTo(result, 0);
        tag.CopyTo(result, nonce.Length);
        cipherText.CopyTo(result, nonce.Length + tag.Length);
        return result;
    }
}
