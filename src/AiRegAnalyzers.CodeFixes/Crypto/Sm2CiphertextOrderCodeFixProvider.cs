using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>AIREG309: <c>new SM2Engine(…)</c> → <c>new SM2Engine(…, SM2Engine.Mode.C1C3C2)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(Sm2CiphertextOrderCodeFixProvider)), Shared]
public sealed class Sm2CiphertextOrderCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG309.UseC1C3C2";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG309_Sm2CiphertextOrder.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    CodeFixResources.Get("AIREG309_C1C3C2Title"),
                    ct =>
                    {
                        var mode = SyntaxFactory.ParseExpression("global::" + BouncyCastleSyntax.EnginesNamespace + ".SM2Engine.Mode.C1C3C2")
                            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
                        var arguments = creation.ArgumentList ?? SyntaxFactory.ArgumentList();
                        var fixedCreation = creation.WithArgumentList(arguments.AddArguments(SyntaxFactory.Argument(mode)));
                        return CryptoFixHelpers.WithRootAndImportsAsync(context.Document, root.ReplaceNode(creation, fixedCreation), ct);
                    },
                    EquivalenceKey),
                diagnostic);
        }
    }
}
