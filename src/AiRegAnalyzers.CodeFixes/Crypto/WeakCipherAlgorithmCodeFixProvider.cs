using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG302: <c>DES.Create()</c>, <c>new TripleDESCryptoServiceProvider()</c>, ... → <c>Aes.Create()</c>,
/// changing a local's declared type from DES/TripleDES/RC2 to Aes when needed. Not offered when a use
/// of the value needs the old type. AES takes a 16, 24 or 32-byte key and a 16-byte IV, so keys and
/// IVs sized for DES must change with it: the title says so.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakCipherAlgorithmCodeFixProvider)), Shared]
public sealed class WeakCipherAlgorithmCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG302.UseAes";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG302_WeakCipherAlgorithm.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var aes = model?.Compilation.GetTypeByMetadataName(CryptoFixHelpers.CryptoNamespace + ".Aes");
        if (root is null || model is null || aes is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind)
                || kind != WeakCipherAlgorithmAnalyzer.KindCreateAes
                || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression
                || !CryptoFixHelpers.CanRetype(model, expression, aes, context.CancellationToken, out var declaredType))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use AES (Aes.Create()); keys become 16, 24 or 32 bytes and IVs 16 bytes",
                    ct => WeakHashAlgorithmCodeFixProvider.Apply(context.Document, root, expression, CryptoFixHelpers.CryptoCreate("Aes"), declaredType, "Aes", ct),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
