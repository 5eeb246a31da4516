using System.Text;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG305:
/// <list type="bullet">
/// <item><c>aes.Key = constant;</c> → the key read from an environment variable as Base64
/// (<c>Convert.FromBase64String(Environment.GetEnvironmentVariable("HIS_RECORD_CIPHER_KEY") ?? throw …)</c>):
/// the key leaves the code and the deployment supplies it, as for a hard-coded secret (AIREG501);</item>
/// <item><c>aes.IV = constant;</c> → <c>aes.GenerateIV();</c>, offered only where it keeps the code
/// working: in a method that encrypts (no <c>CreateDecryptor</c>/<c>Decrypt*</c>, which need the IV that
/// was used), and when the constant is not read again elsewhere in the method (code that writes the IV
/// out next to the ciphertext must read <c>aes.IV</c>, not the old constant).</item>
/// </list>
/// Keys and nonces passed as arguments get no fix: where they come from is the caller's design.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConstantKeyOrIVCodeFixProvider)), Shared]
public sealed class ConstantKeyOrIVCodeFixProvider() : AiRegCodeFixProvider(RuleIds.ConstantKeyOrIV, FixKind.KeyFromEnvironment, FixKind.GenerateIV)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (document.ExpressionAt(diagnostic) is not { } value
            || value.Parent is not AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax target } assignment
            || assignment.Right != value)
        {
            return;
        }

        switch (diagnostic.GetFixKind())
        {
            case FixKind.KeyAssignment when value.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } type:
                var variable = EnvironmentName(type.Identifier.ValueText) + "_KEY";
                offers.Add(new FixOffer(FixKind.KeyFromEnvironment, edits => edits.Replace(value, RequiredSetting.FromBase64(RequiredSetting.FromEnvironment(variable))), variable));
                break;
            case FixKind.IVAssignment
                when assignment.Parent is ExpressionStatementSyntax statement
                && Scope(statement) is { } member
                && !Decrypts(member)
                && !IsReadElsewhere(member, value):
                var generate = SyntaxFactory.ExpressionStatement(
                    SyntaxFactory.InvocationExpression(target.WithName(SyntaxFactory.IdentifierName("GenerateIV")).WithoutTrivia()));
                offers.Add(new FixOffer(FixKind.GenerateIV, edits => edits.Replace(statement, generate), target.Expression.WithoutTrivia().ToString()));
                break;
        }
    }

    /// <summary><c>HisRecordCipher</c> → <c>HIS_RECORD_CIPHER</c>.</summary>
    private static string EnvironmentName(string typeName)
    {
        var builder = new StringBuilder(typeName.Length + 4);
        for (var i = 0; i < typeName.Length; i++)
        {
            var c = typeName[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(typeName[i - 1]) || char.IsDigit(typeName[i - 1])))
            {
                builder.Append('_');
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return builder.ToString();
    }

    /// <summary>The member around the statement; for top-level statements, the whole file.</summary>
    private static SyntaxNode? Scope(StatementSyntax statement) =>
        statement.FirstAncestorOrSelf<GlobalStatementSyntax>()?.Parent ?? statement.FirstAncestorOrSelf<MemberDeclarationSyntax>();

    private static bool Decrypts(SyntaxNode member)
    {
        foreach (var node in member.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation)
            {
                var name = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (name.StartsWith("CreateDecryptor", System.StringComparison.Ordinal)
                    || name.StartsWith("Decrypt", System.StringComparison.Ordinal)
                    || name.StartsWith("TryDecrypt", System.StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a named constant (local or field) assigned to IV is also used elsewhere in the member.</summary>
    private static bool IsReadElsewhere(SyntaxNode member, ExpressionSyntax value)
    {
        var name = value switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        var count = 0;
        foreach (var token in member.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is IdentifierNameSyntax && ++count > 1)
            {
                return true;
            }
        }

        return false;
    }
}
