using System.Text;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// The algorithm names BouncyCastle's factories take (<c>DigestUtilities</c>, <c>MacUtilities</c>,
/// <c>CipherUtilities</c>, <c>SignerUtilities</c>, the named-curve tables), classified the way
/// BouncyCastle reads them: case-insensitive, with or without dashes and slashes
/// (<c>"SHA-256"</c> = <c>"SHA256"</c>, <c>"HMAC-SM3"</c> = <c>"HMAC/SM3"</c> = <c>"HMACSM3"</c>).
/// </summary>
internal static class BouncyCastleNames
{
    /// <summary>The digest name of SM3 (verified against BouncyCastle.Cryptography 2.7.0 by a test).</summary>
    public const string Sm3 = "SM3";

    /// <summary>The MAC name of HMAC-SM3 (verified against BouncyCastle.Cryptography 2.7.0 by a test).</summary>
    public const string HmacSm3 = "HMAC-SM3";

    public const string Sm3Digest = "SM3Digest";

    /// <summary>A digest name (<c>DigestUtilities.GetDigest/CalculateDigest</c>).</summary>
    public static AlgorithmFamily ClassifyDigest(string name) => ClassifyHash(Normalize(name));

    /// <summary>A MAC name (<c>MacUtilities.GetMac/CalculateMac</c>): <c>HMAC-SHA256</c>, <c>HMACSHA256</c>, <c>HMAC/SM3</c>.</summary>
    public static AlgorithmFamily ClassifyMac(string name)
    {
        var normalized = Normalize(name);
        if (!normalized.StartsWith("HMAC", StringComparison.Ordinal))
        {
            return normalized.StartsWith("AES", StringComparison.Ordinal) ? AlgorithmFamily.Aes : AlgorithmFamily.None; // AESCMAC, AES-GMAC
        }

        return ClassifyHash(normalized.Substring(4)) switch
        {
            AlgorithmFamily.Sha2 => AlgorithmFamily.HmacSha2,
            AlgorithmFamily.Sha3 => AlgorithmFamily.HmacSha3,
            AlgorithmFamily.Sm3 => AlgorithmFamily.HmacSm3,
            AlgorithmFamily.WeakHash => AlgorithmFamily.WeakHmac,
            _ => AlgorithmFamily.None,
        };
    }

    /// <summary>A signature name (<c>SignerUtilities.GetSigner</c>): <c>SHA256withRSA</c>, <c>SHA256withECDSA</c>, <c>SM3withSM2</c>.</summary>
    public static AlgorithmFamily ClassifySigner(string name)
    {
        var normalized = Normalize(name);
        var with = normalized.IndexOf("WITH", StringComparison.Ordinal);
        var algorithm = with >= 0 ? normalized.Substring(with + 4) : normalized;
        if (algorithm.StartsWith("RSA", StringComparison.Ordinal) || algorithm == "PSS")
        {
            return AlgorithmFamily.Rsa;
        }

        return algorithm.StartsWith("ECDSA", StringComparison.Ordinal) || algorithm.StartsWith("ECNR", StringComparison.Ordinal) || algorithm.StartsWith("PLAINECDSA", StringComparison.Ordinal) || algorithm.StartsWith("CVCECDSA", StringComparison.Ordinal)
            ? AlgorithmFamily.EllipticCurve
            : AlgorithmFamily.None;
    }

    /// <summary>A named curve: every name except the SM2 curve is outside the national profile.</summary>
    public static AlgorithmFamily ClassifyCurve(string name) =>
        Normalize(name) is "SM2P256V1" or "WAPIP192V1" ? AlgorithmFamily.Sm2 : AlgorithmFamily.EllipticCurve;

    /// <summary>
    /// Splits a cipher transformation, <c>"SM4/ECB/PKCS5Padding"</c>, into its algorithm and mode.
    /// <paramref name="isEcb"/>: the mode is ECB, written or implied (BouncyCastle's default for a
    /// block cipher named without a mode: <c>"SM4"</c>, <c>"AES//PKCS7Padding"</c>).
    /// </summary>
    public static AlgorithmFamily ClassifyCipher(string transformation, out bool isEcb)
    {
        var parts = transformation.Trim().Split('/');
        var algorithm = Normalize(parts[0]);
        var mode = parts.Length > 1 ? parts[1].Trim() : string.Empty;
        isEcb = IsBlockCipher(algorithm) && (mode.Length == 0 || string.Equals(mode, "ECB", StringComparison.OrdinalIgnoreCase));
        return algorithm switch
        {
            "SM4" => AlgorithmFamily.Sm4,
            "AES" => AlgorithmFamily.Aes,
            "RSA" => AlgorithmFamily.Rsa,
            "SM2" => AlgorithmFamily.Sm2,
            "DES" or "DESEDE" or "DESEDE3" or "TRIPLEDES" or "RC2" or "RC4" or "ARC4" or "ARCFOUR" => AlgorithmFamily.WeakCipher,
            _ => AlgorithmFamily.None,
        };
    }

    /// <summary>The algorithm part of a transformation, for messages: <c>SM4</c> of <c>"sm4/ecb/pkcs7padding"</c>.</summary>
    public static string Algorithm(string transformation)
    {
        var slash = transformation.IndexOf('/');
        return (slash >= 0 ? transformation.Substring(0, slash) : transformation).Trim().ToUpperInvariant();
    }

    private static bool IsBlockCipher(string algorithm) => algorithm is "SM4" or "AES" or "DES" or "DESEDE" or "DESEDE3" or "TRIPLEDES"
        or "BLOWFISH" or "CAMELLIA" or "ARIA" or "SEED" or "TWOFISH" or "SERPENT" or "RC2" or "RC5" or "RC6" or "IDEA" or "CAST5"
        or "CAST6" or "NOEKEON" or "TEA" or "XTEA" or "SKIPJACK" or "GOST28147" or "THREEFISH256" or "THREEFISH512" or "THREEFISH1024";

    private static AlgorithmFamily ClassifyHash(string normalized) => normalized switch
    {
        "SM3" => AlgorithmFamily.Sm3,
        "SHA224" or "SHA256" or "SHA384" or "SHA512" or "SHA512224" or "SHA512256" => AlgorithmFamily.Sha2,
        "SHA3224" or "SHA3256" or "SHA3384" or "SHA3512" or "SHAKE128" or "SHAKE256"
            or "KECCAK224" or "KECCAK256" or "KECCAK288" or "KECCAK384" or "KECCAK512" => AlgorithmFamily.Sha3,
            "MD2" or "MD4" or "MD5" or "SHA1" or "SHA" or "RIPEMD160" => AlgorithmFamily.WeakHash,
        _ => AlgorithmFamily.None,
    };

    /// <summary>Upper case, letters and digits only.</summary>
    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
