using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG307: <c>random.Next(…)</c> → <c>RandomNumberGenerator.GetInt32(…)</c> (<c>Next()</c> →
/// <c>GetInt32(int.MaxValue)</c>, the same range), <c>random.NextBytes(buffer)</c> →
/// <c>RandomNumberGenerator.Fill(buffer)</c>, <c>GetItems</c>/<c>GetString</c>/<c>GetHexString</c> →
/// the <c>RandomNumberGenerator</c> methods of the same name. No fix for <c>NextInt64</c>,
/// <c>NextDouble</c> and <c>NextSingle</c>, which have no cryptographic counterpart.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureRandomnessCodeFixProvider)), Shared]
public sealed class InsecureRandomnessCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG307.UseRandomNumberGenerator";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG307_InsecureRandomness.Id);

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
                || DiagnosticSyntax.FindExpression(root, diagnostic) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation
                || model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method)
            {
                continue;
            }

            var arguments = invocation.ArgumentList;
            SimpleNameSyntax name;
            switch (kind)
            {
                case InsecureRandomnessAnalyzer.KindGetInt32:
                    name = SyntaxFactory.IdentifierName("GetInt32");
                    if (arguments.Arguments.Count == 0)
                    {
                        // Random.Next() returns 0 ≤ n < int.MaxValue, exactly what GetInt32(int.MaxValue) returns.
                        arguments = arguments.AddArguments(SyntaxFactory.Argument(SyntaxFactory.ParseExpression("int.MaxValue")));
                    }

                    break;
                case InsecureRandomnessAnalyzer.KindFill:
                    name = SyntaxFactory.IdentifierName("Fill");
                    break;
                case InsecureRandomnessAnalyzer.KindSameName when method.IsGenericMethod:
                    // Explicit type arguments: inference through T[] → ReadOnlySpan<T> needs C# 14.
                    name = SyntaxFactory.GenericName(SyntaxFactory.Identifier(method.Name))
                        .WithTypeArgumentList(SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(
                            SyntaxFactory.ParseTypeName(method.TypeArguments[0].ToMinimalDisplayString(model, invocation.SpanStart)))));
                    break;
                case InsecureRandomnessAnalyzer.KindSameName:
                    name = SyntaxFactory.IdentifierName(method.Name);
                    break;
                default:
                    continue;
            }

            var replacement = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, CryptoFixHelpers.CryptoType("RandomNumberGenerator"), name),
                arguments.WithoutTrivia())
                .WithTriviaFrom(invocation);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use RandomNumberGenerator." + name.Identifier.ValueText,
                    ct => CryptoFixHelpers.WithRootAndImportsAsync(context.Document, root.ReplaceNode(invocation, replacement), ct),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
