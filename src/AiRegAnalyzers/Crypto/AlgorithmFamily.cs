namespace AiRegAnalyzers.Crypto;

/// <summary>
/// What an algorithm is, as far as the profiles care: the national (SM) algorithms, the
/// international ones that GB/T 39786-2021 expects to be replaced by them, or neither.
/// </summary>
internal enum AlgorithmFamily
{
    None,

    // National (商用密码) algorithms.
    Sm2,
    Sm3,
    HmacSm3,
    Sm4,

    // International algorithms outside the national profile (AIREG308).
    Sha2,
    Sha3,
    HmacSha2,
    HmacSha3,
    Aes,
    Rsa,

    /// <summary>ECDSA, ECDH and the non-SM2 named curves (P-256, secp256k1, brainpool...).</summary>
    EllipticCurve,

    // Weak in every profile: AIREG301 and AIREG302 report them, AIREG308 does not.

    /// <summary>MD2, MD4, MD5, SHA-1, RIPEMD-160.</summary>
    WeakHash,

    /// <summary>HMAC over a weak hash (HMAC-MD5, HMAC-SHA1).</summary>
    WeakHmac,

    /// <summary>DES, 3DES (DESede), RC2, RC4.</summary>
    WeakCipher,
}

internal static class AlgorithmFamilies
{
    /// <summary>Whether AIREG308 reports the family under the national profile.</summary>
    public static bool IsOutsideNationalProfile(AlgorithmFamily family) => family is >= AlgorithmFamily.Sha2 and <= AlgorithmFamily.EllipticCurve;

    /// <summary>The national algorithm that replaces <paramref name="family"/>, with the BouncyCastle API that provides it.</summary>
    public static string NationalReplacement(AlgorithmFamily family) => family switch
    {
        AlgorithmFamily.Sha2 or AlgorithmFamily.Sha3 => CryptoProfile.National.Hash,
        AlgorithmFamily.HmacSha2 or AlgorithmFamily.HmacSha3 => CryptoProfile.National.Hmac,
        AlgorithmFamily.Aes => CryptoProfile.National.Cipher,
        AlgorithmFamily.Rsa => "SM2 (SM2Signer, SM2Engine with SM2Engine.Mode.C1C3C2)",
        AlgorithmFamily.EllipticCurve => "SM2 (SM2Signer, SM2KeyExchange, curve sm2p256v1)",
        _ => string.Empty,
    };
}
