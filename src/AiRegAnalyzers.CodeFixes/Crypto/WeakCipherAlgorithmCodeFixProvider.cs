namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG302: <c>DES.Create()</c>, <c>new TripleDESCryptoServiceProvider()</c>, ... → <c>Aes.Create()</c>,
/// changing a local's declared type from DES/TripleDES/RC2 to Aes when needed. Not offered when a use
/// of the value needs the old type. AES takes a 16, 24 or 32-byte key and a 16-byte IV, so keys and
/// IVs sized for DES must change with it: the title says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakCipherAlgorithmCodeFixProvider)), Shared]
public sealed class WeakCipherAlgorithmCodeFixProvider() : AiRegCodeFixProvider(RuleIds.WeakCipherAlgorithm, FixKind.CreateAes)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.GetFixKind() == FixKind.CreateAes
            && document.Compilation.GetTypeByMetadataName(CryptoFixHelpers.CryptoNamespace + ".Aes") is { } aes
            && document.ExpressionAt(diagnostic) is { } expression
            && CryptoFixHelpers.CanRetype(document.Model, expression, aes, document.CancellationToken, out var declaredType))
        {
            offers.Add(CryptoFixHelpers.Replace(FixKind.CreateAes, expression, CryptoFixHelpers.CryptoCreate("Aes"), declaredType, CryptoFixHelpers.CryptoType("Aes")));
        }
    }
}
