using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace ClinicAssistant.Security.NationalCrypto;

/// <summary>
/// Sends claims to the medical-insurance settlement platform (医保结算平台), which requires SM4
/// for the claim body and SM2 for the session key. Copied from the platform's 2019 integration
/// guide, and it shows.
/// </summary>
public sealed class InsuranceClaimExchange
{
    private readonly IRecordKeyStore _keys;
    private readonly AsymmetricKeyParameter _platformPublicKey;

    public InsuranceClaimExchange(IRecordKeyStore keys, AsymmetricKeyParameter platformPublicKey)
    {
        _keys = keys;
        _platformPublicKey = platformPublicKey;
    }

    public byte[] EncryptClaim(string claimJson)
    {
        // Violation AIREG303: SM4 in ECB mode (the most copied snippet); equal blocks of the claim
        // encrypt to equal ciphertext. Use "SM4/GCM/NoPadding" with a random nonce (see MedicalRecordVault).
        var cipher = CipherUtilities.GetCipher("SM4/ECB/PKCS5Padding");
        cipher.Init(true, new KeyParameter(_keys.GetKey("insurance-claims")));
        return cipher.DoFinal(Encoding.UTF8.GetBytes(claimJson));
    }

    public byte[] WrapSessionKey(byte[] sessionKey)
    {
        // Violation AIREG309: the default engine writes C1||C2||C3; GB/T 32918.4-2016 specifies
        // C1||C3||C2, so a standard-conforming platform cannot decrypt it. Fix: SM2Engine.Mode.C1C3C2.
        var engine = new SM2Engine(new SM3Digest());
        engine.Init(true, new ParametersWithRandom(_platformPublicKey, new SecureRandom()));
        return engine.ProcessBlock(sessionKey, 0, sessionKey.Length);
    }
}
