using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>AIREG309: <c>new SM2Engine(…)</c> → <c>new SM2Engine(…, SM2Engine.Mode.C1C3C2)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(Sm2CiphertextOrderCodeFixProvider)), Shared]
public sealed class Sm2CiphertextOrderCodeFixProvider : ReplaceExpressionCodeFixProvider
{
    internal const string EquivalenceKey = "AIREG309.UseC1C3C2";

    public Sm2CiphertextOrderCodeFixProvider()
        : base(Descriptors.AIREG309_Sm2CiphertextOrder.Id, EquivalenceKey)
    {
    }

    private protected override Replacement? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax creation)
        {
            return null;
        }

        var mode = SyntaxFactory.ParseExpression("global::" + BouncyCastleSyntax.EnginesNamespace + ".SM2Engine.Mode.C1C3C2")
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var arguments = (creation.ArgumentList ?? SyntaxFactory.ArgumentList()).AddArguments(SyntaxFactory.Argument(mode));
        return new Replacement(creation, creation.WithArgumentList(arguments), CodeFixResources.Get("AIREG309_C1C3C2Title"));
    }
}
