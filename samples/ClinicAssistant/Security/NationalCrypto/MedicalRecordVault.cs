using System;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace ClinicAssistant.Security.NationalCrypto;

/// <summary>Where the record keys live (a KMS or HSM in production); never in code or configuration files.</summary>
public interface IRecordKeyStore
{
    byte[] GetKey(string keyId);

    void SaveKey(string keyId, byte[] key);
}

/// <summary>
/// Compliant: medical records at rest under SM4-GCM (GB/T 32907-2016 in an authenticated mode),
/// as GB/T 39786-2021 expects for important data. A random 128-bit key per record class, kept in
/// the key store; a random 96-bit nonce per message, stored in front of the ciphertext; the record
/// id bound as associated data so a ciphertext cannot be moved to another record.
/// </summary>
public sealed class MedicalRecordVault
{
    private const int NonceSize = 12;
    private const int TagBits = 128;

    private static readonly SecureRandom Random = new();

    private readonly IRecordKeyStore _keys;

    public MedicalRecordVault(IRecordKeyStore keys) => _keys = keys;

    public void ProvisionKey(string keyId)
    {
        var generator = new CipherKeyGenerator();
        generator.Init(new KeyGenerationParameters(Random, 128));
        _keys.SaveKey(keyId, generator.GenerateKey());
    }

    public byte[] Seal(string keyId, string recordId, byte[] record)
    {
        var nonce = SecureRandom.GetNextBytes(Random, NonceSize);
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(true, Parameters(keyId, recordId, nonce));
        var output = new byte[NonceSize + cipher.GetOutputSize(record.Length)];
        nonce.CopyTo(output, 0);
        var written = cipher.ProcessBytes(record, 0, record.Length, output, NonceSize);
        cipher.DoFinal(output, NonceSize + written);
        return output;
    }

    public byte[] Open(string keyId, string recordId, byte[] sealedRecord)
    {
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(false, Parameters(keyId, recordId, sealedRecord.AsSpan(0, NonceSize).ToArray()));
        var output = new byte[cipher.GetOutputSize(sealedRecord.Length - NonceSize)];
        var written = cipher.ProcessBytes(sealedRecord, NonceSize, sealedRecord.Length - NonceSize, output, 0);
        written += cipher.DoFinal(output, written); // InvalidCipherTextException: tampered or wrong record
        return output.AsSpan(0, written).ToArray();
    }

    private AeadParameters Parameters(string keyId, string recordId, byte[] nonce) =>
        new(new KeyParameter(_keys.GetKey(keyId)), TagBits, nonce, System.Text.Encoding.UTF8.GetBytes(recordId));
}
