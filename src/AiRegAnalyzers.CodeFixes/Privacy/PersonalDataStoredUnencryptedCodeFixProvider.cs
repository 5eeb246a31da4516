using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.Options;
using AiRegAnalyzers.Privacy;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG102 fixes: wrap the stored value in the method named by <c>aireg.protection_method</c>
/// (offered only when that method takes and returns types that fit the call, so the fixed code
/// compiles and stores the same kind of value); for MAUI <c>Preferences.Set(key, value)</c> of a
/// string inside an async method, store it with <c>SecureStorage.SetAsync(key, value)</c> instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataStoredUnencryptedCodeFixProvider)), Shared]
public sealed class PersonalDataStoredUnencryptedCodeFixProvider : CodeFixProvider
{
    internal const string ProtectKey = "AIREG102.Protect";
    internal const string SecureStorageKey = "AIREG102.SecureStorage";
    private const string RuleId = "AIREG102";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleId);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey switch
        {
            ProtectKey => await ProtectAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false),
            SecureStorageKey => await MoveToSecureStorageAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false),
            _ => null,
        });

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var protection = await WrapInMethod.ResolveAsync(document, SharedOptions.ProtectionMethod, RuleId, context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (IsPreferences(diagnostic) && SecureStorageCall(root, model, diagnostic, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(CodeFixResources.Get("AIREG102_SecureStorageTitle"), ct => MoveToSecureStorageAsync(document, [diagnostic], ct), SecureStorageKey),
                    diagnostic);
            }

            if (protection is not null && Fits(root, model, diagnostic, protection, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        string.Format(CultureInfo.CurrentCulture, CodeFixResources.WrapInTitle, WrapInMethod.DisplayName(protection)),
                        ct => ProtectAsync(document, [diagnostic], ct),
                        ProtectKey),
                    diagnostic);
            }
        }
    }

    private static bool IsPreferences(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(PersonalDataStoredUnencryptedAnalyzer.StorageKindProperty, out var kind) && kind == nameof(StorageKind.Preferences);

    private static async Task<Document> ProtectAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var protection = await WrapInMethod.ResolveAsync(document, SharedOptions.ProtectionMethod, RuleId, cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (protection is null || root is null || model is null)
        {
            return document;
        }

        var fitting = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (Fits(root, model, diagnostic, protection, cancellationToken))
            {
                fitting.Add(diagnostic);
            }
        }

        return await WrapInMethod.WrapAsync(document, fitting, protection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The protect method takes the value as it is (no ToString of bytes or objects) and what it returns
    /// converts implicitly to what the storage call expects.
    /// </summary>
    private static bool Fits(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, IMethodSymbol protection, CancellationToken cancellationToken)
    {
        if (DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
        {
            return false;
        }

        var info = model.GetTypeInfo(expression, cancellationToken);
        if (info.Type is not { } valueType || info.ConvertedType is not { } expectedType || valueType.TypeKind == TypeKind.Error)
        {
            return false;
        }

        var compilation = model.Compilation;
        return compilation.ClassifyConversion(valueType, protection.Parameters[0].Type).IsImplicit
            && compilation.ClassifyConversion(protection.ReturnType, expectedType).IsImplicit;
    }

    /// <summary>The <c>Preferences.Set(key, value)</c> statement when it can become <c>await SecureStorage.SetAsync(key, value)</c>.</summary>
    private static InvocationExpressionSyntax? SecureStorageCall(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var invocation = DiagnosticSyntax.FindExpression(root, diagnostic)?.FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation is not { Parent: ExpressionStatementSyntax, ArgumentList.Arguments.Count: 2 }
            || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: "Set" } method
            || method.Parameters.Length != 2
            || method.Parameters[1].Type.SpecialType != SpecialType.System_String
            || !IsInAsyncFunction(invocation))
        {
            return null;
        }

        var secureStorage = model.Compilation.GetTypeByMetadataName("Microsoft.Maui.Storage.SecureStorage");
        if (secureStorage is null)
        {
            return null;
        }

        foreach (var member in secureStorage.GetMembers("SetAsync"))
        {
            if (member is IMethodSymbol { IsStatic: true, Parameters.Length: 2 } setAsync
                && setAsync.Parameters[0].Type.SpecialType == SpecialType.System_String
                && setAsync.Parameters[1].Type.SpecialType == SpecialType.System_String)
            {
                return invocation;
            }
        }

        return null;
    }

    private static bool IsInAsyncFunction(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case MethodDeclarationSyntax method:
                    return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax local:
                    return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case AnonymousFunctionExpressionSyntax lambda:
                    return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static async Task<Document> MoveToSecureStorageAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var calls = new HashSet<InvocationExpressionSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (IsPreferences(diagnostic) && SecureStorageCall(root, model, diagnostic, cancellationToken) is { } call)
            {
                calls.Add(call);
            }
        }

        var newRoot = root.ReplaceNodes(calls, (original, rewritten) =>
        {
            var target = SyntaxFactory.ParseExpression("global::Microsoft.Maui.Storage.SecureStorage.SetAsync").WithAdditionalAnnotations(Simplifier.Annotation);
            return SyntaxFactory.AwaitExpression(
                SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.InvocationExpression(target, rewritten.ArgumentList)).WithTriviaFrom(rewritten);
        });
        return document.WithSyntaxRoot(newRoot);
    }
}
