namespace AiRegAnalyzers.Crypto;

/// <summary>
/// Names that <c>CryptoConfig</c> (and the obsolete <c>HashAlgorithm.Create(string)</c>,
/// <c>SymmetricAlgorithm.Create(string)</c> factories) map to weak algorithms. CryptoConfig
/// compares names case-insensitively, and so does this.
/// </summary>
internal static class WeakAlgorithmNames
{
    public enum Kind
    {
        None,
        Hash,
        Hmac,
        Cipher,
    }

    public static Kind Classify(string name)
    {
        var trimmed = name.Trim();
        const string Prefix = "System.Security.Cryptography.";
        if (trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(Prefix.Length);
        }

        switch (trimmed.ToUpperInvariant())
        {
            case "MD5":
            case "MD5CRYPTOSERVICEPROVIDER":
            case "MD5CNG":
            case "SHA":
            case "SHA1":
            case "SHA1CRYPTOSERVICEPROVIDER":
            case "SHA1MANAGED":
            case "SHA1CNG":
            case "RIPEMD160":
            case "RIPEMD-160":
            case "RIPEMD160MANAGED":
            case "HTTP://WWW.W3.ORG/2000/09/XMLDSIG#SHA1":
            case "HTTP://WWW.W3.ORG/2001/04/XMLENC#RIPEMD160":
                return Kind.Hash;
            case "HMACMD5":
            case "HMACSHA1":
            case "HMACRIPEMD160":
            case "HTTP://WWW.W3.ORG/2000/09/XMLDSIG#HMAC-SHA1":
                return Kind.Hmac;
            case "DES":
            case "DESCRYPTOSERVICEPROVIDER":
            case "3DES":
            case "TRIPLEDES":
            case "TRIPLE DES":
            case "TRIPLEDESCRYPTOSERVICEPROVIDER":
            case "RC2":
            case "RC2CRYPTOSERVICEPROVIDER":
            case "HTTP://WWW.W3.ORG/2001/04/XMLENC#TRIPLEDES-CBC":
                return Kind.Cipher;
            default:
                return Kind.None;
        }
    }
}
