using AiRegAnalyzers.Options;
using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.CodeFixes.Privacy;

/// <summary>
/// AIREG102 fixes: wrap the stored value in the method named by <c>aireg.protection_method</c>
/// (offered only when that method takes and returns types that fit the call, so the fixed code
/// compiles and stores the same kind of value); for MAUI <c>Preferences.Set(key, value)</c> of a
/// string inside an async method, store it with <c>SecureStorage.SetAsync(key, value)</c> instead.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataStoredUnencryptedCodeFixProvider)), Shared]
public sealed class PersonalDataStoredUnencryptedCodeFixProvider() : AiRegCodeFixProvider(RuleIds.PersonalDataStoredUnencrypted, FixKind.SecureStorage, FixKind.Wrap)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.Get(DiagnosticProperties.StorageKind) == nameof(StorageKind.Preferences)
            && SecureStorageCall(document, diagnostic) is { } call)
        {
            offers.Add(new FixOffer(FixKind.SecureStorage, edits => edits.Edit(call, rewritten => MoveToSecureStorage((InvocationExpressionSyntax)rewritten))));
        }

        if (WrapInMethod.Resolve(document, SharedOptions.ProtectionMethod, diagnostic.Id) is { } protection
            && document.ExpressionAt(diagnostic) is { } expression
            && Fits(document.Model, expression, protection, document.CancellationToken))
        {
            offers.Add(new FixOffer(FixKind.Wrap, edits => WrapInMethod.AddEdit(document, expression, protection, edits), WrapInMethod.DisplayName(protection)));
        }
    }

    /// <summary>
    /// The protect method takes the value as it is (no ToString of bytes or objects) and what it returns
    /// converts implicitly to what the storage call expects.
    /// </summary>
    private static bool Fits(SemanticModel model, ExpressionSyntax expression, IMethodSymbol protection, CancellationToken cancellationToken)
    {
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
    private static InvocationExpressionSyntax? SecureStorageCall(FixDocument document, Diagnostic diagnostic)
    {
        var model = document.Model;
        var invocation = document.ExpressionAt(diagnostic)?.FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation is not { Parent: ExpressionStatementSyntax, ArgumentList.Arguments.Count: 2 }
            || model.GetSymbolInfo(invocation, document.CancellationToken).Symbol is not IMethodSymbol { Name: "Set" } method
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

    /// <summary><c>Preferences.Set(key, value)</c> → <c>await SecureStorage.SetAsync(key, value)</c>.</summary>
    private static ExpressionSyntax MoveToSecureStorage(InvocationExpressionSyntax call)
    {
        var target = SyntaxFactory.ParseExpression("global::Microsoft.Maui.Storage.SecureStorage.SetAsync").WithAdditionalAnnotations(Simplifier.Annotation);
        return SyntaxFactory.AwaitExpression(
            SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.InvocationExpression(target, call.ArgumentList)).WithTriviaFrom(call);
    }
}
