namespace AiRegAnalyzers.Crypto;

/// <summary>
/// Which one-shot hashes one BouncyCastle call replaces under the national profile (shared by
/// AIREG301 and AIREG308, whose fixes write the same expressions): <c>X.HashData(byte[] or
/// ReadOnlySpan&lt;byte&gt; source)</c> → SM3 and <c>HMACX.HashData(key, byte[] source)</c> → HMAC-SM3,
/// both returning <c>byte[]</c> as before. Streams, destinations and async forms have no drop-in.
/// </summary>
internal static class NationalFixes
{
    /// <summary><c>SHA256.HashData(data)</c> → <c>DigestUtilities.CalculateDigest("SM3", data)</c>.</summary>
    public const string KindSm3Digest = nameof(FixKind.Sm3Digest);

    /// <summary><c>HMACSHA256.HashData(key, data)</c> → <c>MacUtilities.CalculateMac("HMAC-SM3", new KeyParameter(key), data)</c>.</summary>
    public const string KindHmacSm3 = nameof(FixKind.HmacSm3);

    public static string? OneShotFixKind(IInvocationOperation invocation, bool keyed, BouncyCastleTypes? bouncyCastle)
    {
        var method = invocation.TargetMethod;
        if (bouncyCastle is null || method.Name != "HashData" || method.ReturnType is not IArrayTypeSymbol)
        {
            return null;
        }

        var parameters = method.Parameters;
        if (!keyed)
        {
            return parameters.Length == 1 && IsBytes(parameters[0].Type, allowSpan: true) ? KindSm3Digest : null;
        }

        return parameters.Length == 2 && IsBytes(parameters[0].Type, allowSpan: true) && IsBytes(parameters[1].Type, allowSpan: false) ? KindHmacSm3 : null;
    }

    private static bool IsBytes(ITypeSymbol type, bool allowSpan) =>
        type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte }
        || (allowSpan
            && type is INamedTypeSymbol { Name: "ReadOnlySpan", IsGenericType: true, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } span
            && span.TypeArguments[0].SpecialType == SpecialType.System_Byte);
}
