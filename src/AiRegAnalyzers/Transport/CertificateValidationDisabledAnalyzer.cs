using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Transport;

/// <summary>
/// AIREG401: a server certificate validation callback that returns <c>true</c> on every path
/// (lambda, anonymous method, method group, local function; written in place, or held in a local,
/// a field, a property or a method's result), or
/// <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CertificateValidationDisabledAnalyzer() : AiRegAnalyzer(Descriptors.AIREG401_CertificateValidationDisabled)
{
    private const string DangerousValidatorName = AlwaysTrueValidatorSource.DangerousValidatorName;

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var compilation = start.Compilation;
        var httpClientHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientHandler");
        var callbackType = compilation.GetTypeByMetadataName("System.Net.Security.RemoteCertificateValidationCallback");
        if (httpClientHandler is null && callbackType is null)
        {
            return;
        }

        start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
        start.RegisterOperationAction(AnalyzeArgument, OperationKind.Argument);
        start.RegisterOperationAction(
            ctx => AnalyzeDangerousValidator(ctx, httpClientHandler),
            OperationKind.PropertyReference);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { } property } || !IsWatchedProperty(property))
        {
            return;
        }

        if (assignment is ICompoundAssignmentOperation { OperatorKind: not BinaryOperatorKind.Add })
        {
            return;
        }

        if (!DisablesValidation(assignment.Value))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG401_CertificateValidationDisabled,
            assignment.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.Assignment)),
            property.ContainingType.Name + "." + property.Name));
    }

    private static void AnalyzeArgument(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        var parameter = argument.Parameter;
        if (parameter is null
            || parameter.Name != "userCertificateValidationCallback"
            || argument.ArgumentKind != ArgumentKind.Explicit
            || parameter.ContainingSymbol is not IMethodSymbol { ContainingType.Name: "SslStream" } method)
        {
            return;
        }

        if (!DisablesValidation(argument.Value))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG401_CertificateValidationDisabled,
            argument.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.Argument)),
            method.ContainingType.Name + "(" + parameter.Name + ")"));
    }

    /// <summary>The validator used anywhere except as the value of a watched assignment (reported there).</summary>
    private static void AnalyzeDangerousValidator(OperationAnalysisContext context, INamedTypeSymbol? httpClientHandler)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property.Name != DangerousValidatorName
            || !SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, httpClientHandler))
        {
            return;
        }

        var parent = reference.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        if (parent is IAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } target } } && IsWatchedProperty(target))
        {
            return;
        }

        if (parent is IArgumentOperation { Parameter.Name: "userCertificateValidationCallback" })
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG401_CertificateValidationDisabled,
            reference.Syntax.GetLocation(),
            "HttpClientHandler." + DangerousValidatorName));
    }

    private static bool IsWatchedProperty(IPropertySymbol property)
    {
        switch (property.Name)
        {
            case "ServerCertificateCustomValidationCallback":
            case "ServerCertificateValidationCallback":
            case "RemoteCertificateValidationCallback":
                break;
            default:
                return false;
        }

        var type = property.ContainingType;
        if (type is null || type.Name == "SslServerAuthenticationOptions")
        {
            // A server accepting any *client* certificate is a different question (mutual TLS).
            return false;
        }

        return type.ContainingNamespace.IsNamespace("System.Net", orBelow: true);
    }

    /// <summary>
    /// Whether the callback accepts every certificate, wherever it was written (<see cref="AlwaysTrueValidatorSource"/>):
    /// in place, in a local, in a field or property its type sets, or as a method's result. The dangerous
    /// validator read into a variable is reported where it is read, not again where the variable is used.
    /// </summary>
    private static bool DisablesValidation(IOperation? value)
    {
        if (ValueFlow<IOperation>.Find(AlwaysTrueValidatorSource.Instance, value, CarrierUse.Stringified) is not { } found)
        {
            return false;
        }

        return found is not IPropertyReferenceOperation || IsDirect(found, value!);
    }

    private static bool IsDirect(IOperation found, IOperation value)
    {
        while (value is IConversionOperation or IParenthesizedOperation or IDelegateCreationOperation)
        {
            value = value switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => ((IDelegateCreationOperation)value).Target,
            };
        }

        return value == found;
    }

    /// <summary>
    /// An expression body that is always <c>true</c>, or a block whose every <c>return</c> (at least one)
    /// returns a value that is always <c>true</c> and that throws nowhere (a callback that throws on a bad
    /// certificate rejects it). Always true: the literal, <c>a || true</c>, <c>c ? true : true</c>.
    /// </summary>
    internal static bool BodyAlwaysReturnsTrue(SyntaxNode? body)
    {
        if (body is ExpressionSyntax expression)
        {
            return IsAlwaysTrue(expression);
        }

        if (body is not BlockSyntax block)
        {
            return false;
        }

        var sawReturn = false;
        foreach (var node in block.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax returnStatement:
                    if (returnStatement.Expression is null || !IsAlwaysTrue(returnStatement.Expression))
                    {
                        return false;
                    }

                    sawReturn = true;
                    break;
                case ThrowStatementSyntax or ThrowExpressionSyntax:
                    return false;
            }
        }

        return sawReturn;
    }

    private static bool IsAlwaysTrue(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalOrExpression) => IsAlwaysTrue(binary.Left) || IsAlwaysTrue(binary.Right),
            ConditionalExpressionSyntax conditional => IsAlwaysTrue(conditional.WhenTrue) && IsAlwaysTrue(conditional.WhenFalse),
            _ => expression.IsKind(SyntaxKind.TrueLiteralExpression),
        };
    }
}
