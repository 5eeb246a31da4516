using System;
using AiRegAnalyzers.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Xunit;

namespace AiRegAnalyzers.Tests.Crypto;

/// <summary>
/// The names the fixes and docs write are run against the real BouncyCastle.Cryptography 2.7.0,
/// and the classifier reads names the way BouncyCastle does.
/// </summary>
public class BouncyCastleNamesTests
{
    [Fact]
    public void SM3_and_HMAC_SM3_names_run_and_give_the_GB_T_32905_test_vector()
    {
        // GB/T 32905-2016 Appendix A.1: SM3("abc").
        var digest = DigestUtilities.CalculateDigest(BouncyCastleNames.Sm3, "abc"u8.ToArray());
        Assert.Equal("66C7F0F462EEEDD9D1F2D46BDC10E4E24167C4875CF2F7A2297DA02B8F4BA8E0", Convert.ToHexString(digest));

        var mac = MacUtilities.CalculateMac(BouncyCastleNames.HmacSm3, new KeyParameter(new byte[32]), "abc"u8.ToArray());
        Assert.Equal(32, mac.Length);
        Assert.Equal("SM3/HMAC", MacUtilities.GetMac(BouncyCastleNames.HmacSm3).AlgorithmName);
    }

    [Theory]
    [InlineData("SM4/ECB/PKCS5Padding", true)]
    [InlineData("sm4/ecb/pkcs7padding", true)]
    [InlineData("SM4", true)]
    [InlineData("AES", true)]
    [InlineData("AES//PKCS7Padding", true)]
    [InlineData("SM4/GCM/NoPadding", false)]
    [InlineData("SM4/CBC/PKCS7Padding", false)]
    [InlineData("RSA/ECB/PKCS1Padding", false)]
    public void ECB_is_what_BouncyCastle_runs(string transformation, bool ecb)
    {
        BouncyCastleNames.ClassifyCipher(transformation, out var isEcb);
        Assert.Equal(ecb, isEcb);
        if (!transformation.StartsWith("RSA", StringComparison.Ordinal))
        {
            Assert.Equal(ecb, CipherUtilities.GetCipher(transformation).AlgorithmName.EndsWith("/ECB", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("SHA-256", "Sha2")]
    [InlineData("sha512/256", "Sha2")]
    [InlineData("SHA3-256", "Sha3")]
    [InlineData("SHA-384", "Sha2")]
    [InlineData("SM3", "Sm3")]
    [InlineData("SHA-1", "WeakHash")]
    [InlineData("MD5", "WeakHash")]
    public void Digest_names(string name, string family)
    {
        Assert.Equal(family, BouncyCastleNames.ClassifyDigest(name).ToString());
        Assert.NotNull(DigestUtilities.GetDigest(name));
    }

    [Theory]
    [InlineData("HMAC-SHA256", "HmacSha2")]
    [InlineData("HMACSHA256", "HmacSha2")]
    [InlineData("HMAC/SHA3-256", "HmacSha3")]
    [InlineData("HMAC-SM3", "HmacSm3")]
    [InlineData("HMAC/SM3", "HmacSm3")]
    public void Mac_names(string name, string family)
    {
        Assert.Equal(family, BouncyCastleNames.ClassifyMac(name).ToString());
        Assert.NotNull(MacUtilities.GetMac(name));
    }

    [Theory]
    [InlineData("SHA256withRSA", "Rsa")]
    [InlineData("SHA256WITHRSAANDMGF1", "Rsa")]
    [InlineData("SHA256withECDSA", "EllipticCurve")]
    [InlineData("SM3withSM2", "None")]
    public void Signer_names(string name, string family)
    {
        Assert.Equal(family, BouncyCastleNames.ClassifySigner(name).ToString());
        Assert.NotNull(SignerUtilities.GetSigner(name));
    }
}
