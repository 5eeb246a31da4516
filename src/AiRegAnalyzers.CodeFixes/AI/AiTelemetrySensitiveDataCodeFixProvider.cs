namespace AiRegAnalyzers.CodeFixes.AI;

/// <summary>AIREG202 fix: replace the <c>true</c> (or <c>"true"</c>) that turns sensitive capture on with <c>false</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AiTelemetrySensitiveDataCodeFixProvider)), Shared]
public sealed class AiTelemetrySensitiveDataCodeFixProvider() : AiRegCodeFixProvider(RuleIds.AiTelemetrySensitiveData, FixKind.Disable)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (document.ExpressionAt(diagnostic) is { } value)
        {
            var replacement = diagnostic.Get(DiagnosticProperties.ValueKind) == DiagnosticProperties.StringValue
                ? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("false"))
                : SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression);
            offers.Add(new FixOffer(FixKind.Disable, edits => edits.Replace(value, replacement)));
        }
    }
}
