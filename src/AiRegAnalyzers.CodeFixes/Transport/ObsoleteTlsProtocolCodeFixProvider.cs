using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Transport;

/// <summary>
/// AIREG402: replaces the protocol expression with the operating system default
/// (<c>SslProtocols.None</c> / <c>SecurityProtocolType.SystemDefault</c>) or with <c>Tls12 | Tls13</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteTlsProtocolCodeFixProvider)), Shared]
public sealed class ObsoleteTlsProtocolCodeFixProvider() : AiRegCodeFixProvider(RuleIds.ObsoleteTlsProtocol, FixKind.SystemDefault, FixKind.Tls12Tls13)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (document.NodeAt(diagnostic) is not ExpressionSyntax expression)
        {
            return;
        }

        var enumName = diagnostic.Get(DiagnosticProperties.ProtocolEnum);
        var (qualified, systemDefault) = enumName switch
        {
            "SslProtocols" => (WrittenQualifier(expression) ?? "global::System.Security.Authentication.SslProtocols", "None"),
            "SecurityProtocolType" => (WrittenQualifier(expression) ?? "global::System.Net.SecurityProtocolType", "SystemDefault"),
            _ => (null, null),
        };
        if (qualified is null)
        {
            return;
        }

        offers.Add(new FixOffer(FixKind.SystemDefault, edits => Replace(edits, expression, qualified + "." + systemDefault), enumName + "." + systemDefault));
        offers.Add(new FixOffer(FixKind.Tls12Tls13, edits => Replace(edits, expression, "(" + qualified + ".Tls12 | " + qualified + ".Tls13)"), enumName + ".Tls12 | " + enumName + ".Tls13"));
    }

    /// <summary>The enum as the user wrote it (<c>SslProtocols</c>, <c>System.Net.SecurityProtocolType</c>) at the first member access.</summary>
    private static string? WrittenQualifier(ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Ssl2" or "Ssl3" or "Tls" or "Tls11" or "Default" } access)
            {
                return access.Expression.ToString();
            }
        }

        return null;
    }

    private static void Replace(SyntaxEdits edits, ExpressionSyntax expression, string replacement) =>
        edits.Replace(expression, ParseExpression(replacement).WithAdditionalAnnotations(Simplifier.Annotation));
}
