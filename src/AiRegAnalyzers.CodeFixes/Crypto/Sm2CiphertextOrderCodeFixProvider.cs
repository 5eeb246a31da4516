namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>AIREG309: <c>new SM2Engine(…)</c> → <c>new SM2Engine(…, SM2Engine.Mode.C1C3C2)</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(Sm2CiphertextOrderCodeFixProvider)), Shared]
public sealed class Sm2CiphertextOrderCodeFixProvider() : AiRegCodeFixProvider(RuleIds.Sm2CiphertextOrder, FixKind.C1C3C2)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (document.NodeAt(diagnostic) is BaseObjectCreationExpressionSyntax creation)
        {
            var mode = SyntaxFactory.ParseExpression("global::" + BouncyCastleSyntax.EnginesNamespace + ".SM2Engine.Mode.C1C3C2")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var arguments = (creation.ArgumentList ?? SyntaxFactory.ArgumentList()).AddArguments(SyntaxFactory.Argument(mode));
            offers.Add(CryptoFixHelpers.Replace(FixKind.C1C3C2, creation, creation.WithArgumentList(arguments)));
        }
    }
}
