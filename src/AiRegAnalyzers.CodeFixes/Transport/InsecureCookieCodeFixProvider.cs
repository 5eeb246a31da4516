using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Transport;

/// <summary>
/// AIREG404: adds the missing <c>Secure = true</c> / <c>HttpOnly = true</c> to the <c>new CookieOptions</c>
/// initializer, turns an explicit <c>false</c> into <c>true</c>, and <c>CookieSecurePolicy.None</c> into
/// <c>CookieSecurePolicy.Always</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureCookieCodeFixProvider)), Shared]
public sealed class InsecureCookieCodeFixProvider() : AiRegCodeFixProvider(RuleIds.InsecureCookie, FixKind.AddFlags, FixKind.SetTrue, FixKind.SecurePolicyAlways)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        var node = document.NodeAt(diagnostic);
        switch (diagnostic.GetFixKind())
        {
            case FixKind.AddFlags when node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation
                && diagnostic.Get(DiagnosticProperties.MissingFlags) is { } missing:
                var names = missing.Split(',');
                offers.Add(new FixOffer(
                    FixKind.AddFlags,
                    edits => edits.Edit(creation, rewritten => ObjectInitializerEditor.AddTrueAssignments((BaseObjectCreationExpressionSyntax)rewritten, names)),
                    string.Join(", ", names)));
                break;
            case FixKind.SetTrue when node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { Left: { } left, Right: { } value }:
                offers.Add(new FixOffer(FixKind.SetTrue, edits => edits.Replace(value, LiteralExpression(SyntaxKind.TrueLiteralExpression)), Name(left)));
                break;
            case FixKind.SecurePolicyAlways when node is MemberAccessExpressionSyntax access:
                offers.Add(new FixOffer(FixKind.SecurePolicyAlways, edits => edits.Replace(access.Name, IdentifierName("Always"))));
                break;
            case FixKind.SecurePolicyAlways when node is IdentifierNameSyntax { Identifier.ValueText: "None" } identifier:
                offers.Add(new FixOffer(FixKind.SecurePolicyAlways, edits => edits.Replace(identifier, IdentifierName("Always"))));
                break;
        }
    }

    private static string Name(ExpressionSyntax target) => target switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => target.ToString(),
    };
}
