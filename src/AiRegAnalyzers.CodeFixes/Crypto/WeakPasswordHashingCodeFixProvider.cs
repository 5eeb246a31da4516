using System.Globalization;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG306:
/// <list type="bullet">
/// <item>PBKDF2 with SHA-1 or too few iterations → SHA-256 (<c>HashAlgorithmName.SHA256</c> /
/// <c>KeyDerivationPrf.HMACSHA256</c>) and the configured iteration count; iteration counts that are
/// not constants (read from configuration) are kept; <c>new Rfc2898DeriveBytes(p, s, …).GetBytes(n)</c>
/// becomes <c>Rfc2898DeriveBytes.Pbkdf2(p, s, 600_000, HashAlgorithmName.SHA256, n)</c>;</item>
/// <item><c>PasswordHasherOptions.IterationCount</c> raised; <c>IdentityV2</c> → <c>IdentityV3</c>.</item>
/// </list>
/// Fast hashes of passwords and constant salts get no fix: both need a random salt stored with each hash,
/// which changes the stored format and the code that verifies it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakPasswordHashingCodeFixProvider)), Shared]
public sealed class WeakPasswordHashingCodeFixProvider()
    : AiRegCodeFixProvider(RuleIds.WeakPasswordHashing, FixKind.Pbkdf2, FixKind.UseSha256, FixKind.Number, FixKind.IdentityIterations, FixKind.IdentityV3)
{
    private const string KeyDerivationNamespace = "Microsoft.AspNetCore.Cryptography.KeyDerivation";

    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.GetFixKind() is not { } kind || document.ExpressionAt(diagnostic) is not { } expression)
        {
            return;
        }

        var hash = diagnostic.Get(DiagnosticProperties.Hash);
        int? iterations = int.TryParse(diagnostic.Get(DiagnosticProperties.Iterations), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var count = iterations?.ToString("N0", CultureInfo.InvariantCulture) ?? string.Empty;
        switch (kind)
        {
            case FixKind.Pbkdf2 when PlanPbkdf2(document.Model, expression, hash, iterations, document.CancellationToken) is { } plan:
                // The title says what changes: the hash and the count, the hash only, or the count only.
                var titleKind = (hash, iterations) switch
                {
                    (not null, not null) => FixKind.Pbkdf2,
                    (not null, null) => FixKind.UseSha256,
                    _ => FixKind.Number,
                };
                offers.Add(new FixOffer(titleKind, edits => edits.Replace(plan.Old, plan.New), "HMAC-" + hash, count));
                break;
            case FixKind.IdentityIterations when iterations is { } value:
                offers.Add(CryptoFixHelpers.Replace(FixKind.IdentityIterations, expression, CryptoFixHelpers.Number(value), count));
                break;
            case FixKind.IdentityV3 when expression is MemberAccessExpressionSyntax access:
                offers.Add(CryptoFixHelpers.Replace(FixKind.IdentityV3, expression, access.WithName(SyntaxFactory.IdentifierName("IdentityV3"))));
                break;
        }
    }

    private static (SyntaxNode Old, SyntaxNode New)? PlanPbkdf2(SemanticModel model, ExpressionSyntax expression, string? hash, int? iterations, CancellationToken cancellationToken)
    {
        ArgumentListSyntax? argumentList;
        ImmutableArray<IArgumentOperation> arguments;
        bool isKeyDerivation;
        switch (model.GetOperation(expression, cancellationToken))
        {
            case IObjectCreationOperation creation when expression is ObjectCreationExpressionSyntax creationSyntax:
                argumentList = creationSyntax.ArgumentList;
                arguments = creation.Arguments;
                isKeyDerivation = false;
                break;
            case IInvocationOperation invocation when expression is InvocationExpressionSyntax invocationSyntax:
                argumentList = invocationSyntax.ArgumentList;
                arguments = invocation.Arguments;
                isKeyDerivation = invocation.TargetMethod.ContainingType.Name == "KeyDerivation";
                break;
            default:
                return null;
        }

        if (argumentList is null)
        {
            return null;
        }

        var hashParameter = isKeyDerivation ? "prf" : "hashAlgorithm";
        var iterationsParameter = isKeyDerivation ? "iterationCount" : "iterations";
        ExpressionSyntax? hashValue = hash is null
            ? null
            : isKeyDerivation
                ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, CryptoFixHelpers.QualifiedType(KeyDerivationNamespace, "KeyDerivationPrf"), SyntaxFactory.IdentifierName("HMAC" + hash))
                : CryptoFixHelpers.CryptoMember("HashAlgorithmName", hash);
        ExpressionSyntax? iterationsValue = iterations is { } count ? CryptoFixHelpers.Number(count) : null;

        // Replace the arguments that exist, append the ones the old constructors lacked (iterations, then hash).
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        ArgumentSyntax? existingIterations = null;
        var hasNamed = false;
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Syntax is not ArgumentSyntax syntax || argument.Parameter is null)
            {
                continue;
            }

            hasNamed |= syntax.NameColon is not null;
            if (argument.Parameter.Name == hashParameter && hashValue is not null)
            {
                replacements[syntax.Expression] = hashValue.WithTriviaFrom(syntax.Expression);
                hashValue = null;
            }
            else if (argument.Parameter.Name == iterationsParameter)
            {
                existingIterations = syntax;
                if (iterationsValue is not null)
                {
                    replacements[syntax.Expression] = iterationsValue.WithTriviaFrom(syntax.Expression);
                }

                iterationsValue = null;
            }
        }

        var newList = argumentList.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        if (hashValue is not null)
        {
            // Old Rfc2898DeriveBytes constructor without a hash (SHA-1): add iterations if missing, then the hash.
            if (isKeyDerivation || hasNamed)
            {
                return null;
            }

            if (existingIterations is null)
            {
                newList = newList.AddArguments(SyntaxFactory.Argument(iterationsValue ?? CryptoFixHelpers.Number(1000)));
            }

            newList = newList.AddArguments(SyntaxFactory.Argument(hashValue));
        }

        // new Rfc2898DeriveBytes(password, salt, …).GetBytes(n) → Rfc2898DeriveBytes.Pbkdf2(password, salt, …, n)
        if (expression is ObjectCreationExpressionSyntax oldCreation
            && !hasNamed
            && newList.Arguments.Count == 4
            && oldCreation.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetBytes" } getBytes
            && getBytes.Expression == oldCreation
            && getBytes.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } call
            && call.ArgumentList.Arguments[0].NameColon is null
            && model.GetOperation(oldCreation, cancellationToken) is IObjectCreationOperation { Constructor: { } constructor }
            && constructor.Parameters.Length >= 2
            && constructor.Parameters[1].Type is IArrayTypeSymbol
            && constructor.Parameters[0].Type is IArrayTypeSymbol or { SpecialType: SpecialType.System_String })
        {
            var pbkdf2 = SyntaxFactory.InvocationExpression(
                CryptoFixHelpers.CryptoMember("Rfc2898DeriveBytes", "Pbkdf2"),
                newList.AddArguments(call.ArgumentList.Arguments[0].WithoutTrivia()));
            return (call, pbkdf2);
        }

        return expression switch
        {
            ObjectCreationExpressionSyntax creationSyntax => (creationSyntax, creationSyntax.WithArgumentList(newList)),
            InvocationExpressionSyntax invocationSyntax => (invocationSyntax, invocationSyntax.WithArgumentList(newList)),
            _ => null,
        };
    }
}
