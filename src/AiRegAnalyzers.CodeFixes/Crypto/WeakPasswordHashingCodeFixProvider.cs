using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
/// Fast hashes of passwords and constant salts get no fix: both need a stored random salt.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakPasswordHashingCodeFixProvider)), Shared]
public sealed class WeakPasswordHashingCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG306.StrengthenPasswordHashing";

    private const string KeyDerivationNamespace = "Microsoft.AspNetCore.Cryptography.KeyDerivation";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG306_WeakPasswordHashing.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind)
                || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(WeakPasswordHashingAnalyzer.HashProperty, out var hash);
            diagnostic.Properties.TryGetValue(WeakPasswordHashingAnalyzer.IterationsProperty, out var iterationsText);
            int? iterations = int.TryParse(iterationsText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

            switch (kind)
            {
                case WeakPasswordHashingAnalyzer.KindPbkdf2:
                    if (PlanPbkdf2(model, expression, hash, iterations, context.CancellationToken) is { } plan)
                    {
                        Register(context, diagnostic, root, plan.Old, plan.New, Pbkdf2Title(hash, iterations));
                    }

                    break;
                case WeakPasswordHashingAnalyzer.KindIdentityIterations when iterations is { } count:
                    Register(context, diagnostic, root, expression, CryptoFixHelpers.Number(count), "Raise IterationCount to " + count.ToString("N0", CultureInfo.InvariantCulture));
                    break;
                case WeakPasswordHashingAnalyzer.KindIdentityV3 when expression is MemberAccessExpressionSyntax access:
                    Register(context, diagnostic, root, expression, access.WithName(SyntaxFactory.IdentifierName("IdentityV3")), "Use PasswordHasherCompatibilityMode.IdentityV3 (V2 hashes still verify and are rehashed)");
                    break;
            }
        }
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode oldNode, SyntaxNode newNode, string title) =>
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                ct => CryptoFixHelpers.WithRootAndImportsAsync(context.Document, root.ReplaceNode(oldNode, newNode.WithTriviaFrom(oldNode)), ct),
                EquivalenceKey),
            diagnostic);

    private static string Pbkdf2Title(string? hash, int? iterations)
    {
        var count = iterations?.ToString("N0", CultureInfo.InvariantCulture);
        return (hash, count) switch
        {
            (not null, not null) => "Use PBKDF2 with HMAC-" + hash + " and " + count + " iterations",
            (not null, null) => "Use PBKDF2 with HMAC-" + hash,
            (null, not null) => "Raise the PBKDF2 iteration count to " + count,
            _ => "Strengthen PBKDF2",
        };
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
