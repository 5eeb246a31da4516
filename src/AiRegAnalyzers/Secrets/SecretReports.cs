using System.Collections.Concurrent;

namespace AiRegAnalyzers.Secrets;

/// <summary>
/// Shared by AIREG501 and AIREG502 for findings the flow core makes: a constant that reaches a
/// credential API or is built into a connection string is reported at its literal (where the fix
/// replaces it), once per compilation however many uses reach it; and the shapes of text built from parts.
/// </summary>
internal sealed class SecretReports
{
    private readonly DiagnosticDescriptor _descriptor;
    private readonly ConcurrentDictionary<SyntaxNode, byte> _reported = new();

    public SecretReports(DiagnosticDescriptor descriptor) => _descriptor = descriptor;

    /// <summary>Reports <paramref name="literal"/> unless it is already reported through another use.</summary>
    public void Report(OperationAnalysisContext context, ILiteralOperation literal, ImmutableDictionary<string, string?> properties, params object[] arguments)
    {
        if (!SecretValues.IsInAttribute(literal.Syntax) && _reported.TryAdd(literal.Syntax, 0))
        {
            context.ReportDiagnostic(Diagnostic.Create(_descriptor, literal.Syntax.GetLocation(), properties, arguments));
        }
    }

    /// <summary>The member or function a literal found by the flow core (possibly in another method or file) is written in.</summary>
    public static ISymbol? ContainingSymbol(ILiteralOperation literal) =>
        literal.SemanticModel?.GetEnclosingSymbol(literal.Syntax.SpanStart);

    /// <summary>The literal is handed to a parameter or assigned to a member (a sink the flow core judges), not compared with one.</summary>
    public static bool IsSinkBinding(ILiteralOperation literal) =>
        literal.Parent.WalkUpConversions() is IArgumentOperation { Parent: not IInvocationOperation { TargetMethod.Name: "Equals" } } or IAssignmentOperation;

    /// <summary><c>string.Format</c> or <c>string.Concat</c>.</summary>
    public static bool IsStringBuilder(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "Format" or "Concat", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } };

    /// <summary>String concatenation, interpolation, <c>string.Format</c> or <c>Concat</c> that is not itself a part of a larger one.</summary>
    public static bool IsOutermostStringBuilder(IOperation operation)
    {
        if (!(IsStringBuilder(operation)
              || operation is IInterpolatedStringOperation
              || operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }))
        {
            return false;
        }

        return operation.Parent.WalkUpConversions() switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } => false,
            IInterpolationOperation => false,
            IArgumentOperation { Parent: { } call } when IsStringBuilder(call) => false,
            _ => true,
        };
    }

    /// <summary>
    /// The cheap pre-check before the flow core is asked: a constant part of the built text names a
    /// password key (<c>Password</c>, <c>Pwd</c>) or holds URI user info (<c>://</c> and <c>@</c>).
    /// </summary>
    public static bool MentionsCredentialText(IOperation built)
    {
        var scheme = false;
        var at = false;
        return Scan(built, 0, ref scheme, ref at) || (scheme && at);
    }

    private static bool Scan(IOperation operation, int depth, ref bool scheme, ref bool at)
    {
        if (operation.ConstantValue is { HasValue: true, Value: string text })
        {
            scheme |= text.IndexOf("://", StringComparison.Ordinal) >= 0;
            at |= text.IndexOf('@') >= 0;
            return text.IndexOf("pwd", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        if (depth > 16)
        {
            return false;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return Scan(conversion.Operand, depth + 1, ref scheme, ref at);
            case IBinaryOperation binary:
                return Scan(binary.LeftOperand, depth + 1, ref scheme, ref at) | Scan(binary.RightOperand, depth + 1, ref scheme, ref at);
            case IInterpolatedStringOperation interpolated:
                var any = false;
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation { Text: { } partText })
                    {
                        any |= Scan(partText, depth + 1, ref scheme, ref at);
                    }
                }

                return any;
            case IInvocationOperation invocation when IsStringBuilder(invocation):
                var found = false;
                foreach (var argument in invocation.Arguments)
                {
                    found |= Scan(argument.Value, depth + 1, ref scheme, ref at);
                }

                return found;
            default:
                return false;
        }
    }
}
