using System.Text;

namespace AiRegAnalyzers.Transport;

/// <summary>
/// AIREG402: <c>SslProtocols.Ssl2/Ssl3/Tls/Tls11/Default</c> and <c>SecurityProtocolType.Ssl3/Tls/Tls11</c>
/// used as a value (not in comparisons, flag tests or <c>~</c> exclusions). One diagnostic per
/// <c>|</c> chain, on the whole chain, so the fix can replace it at once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObsoleteTlsProtocolAnalyzer() : AiRegAnalyzer(Descriptors.AIREG402_ObsoleteTlsProtocol)
{
    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var sslProtocols = start.Compilation.GetTypeByMetadataName("System.Security.Authentication.SslProtocols");
        var securityProtocolType = start.Compilation.GetTypeByMetadataName("System.Net.SecurityProtocolType");
        if (sslProtocols is null && securityProtocolType is null)
        {
            return;
        }

        start.RegisterOperationAction(ctx => Analyze(ctx, sslProtocols, securityProtocolType), OperationKind.FieldReference);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (!IsObsolete(reference.Field, sslProtocols, securityProtocolType))
        {
            return;
        }

        // Climb the '|' chain; comparisons, '&' flag tests and '~' exclusions are not uses of the protocol.
        IOperation top = reference;
        var parent = reference.Parent;
        while (true)
        {
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            if (parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Or } or)
            {
                top = or;
                parent = or.Parent;
                continue;
            }

            break;
        }

        switch (parent)
        {
            case IBinaryOperation:
            case IUnaryOperation:
            case ICompoundAssignmentOperation { OperatorKind: not BinaryOperatorKind.Or } compound when compound.Value == top:
            case IPatternOperation:
            case ICaseClauseOperation:
                return;
        }

        // Report once per chain: from its first obsolete member.
        var names = new StringBuilder();
        IFieldReferenceOperation? first = null;
        foreach (var operation in top.DescendantsAndSelf())
        {
            if (operation is IFieldReferenceOperation field && IsObsolete(field.Field, sslProtocols, securityProtocolType))
            {
                first ??= field;
                if (names.Length > 0)
                {
                    names.Append(", ");
                }

                names.Append(field.Field.ContainingType.Name).Append('.').Append(field.Field.Name);
            }
        }

        if (first != reference)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG402_ObsoleteTlsProtocol,
            top.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ProtocolEnum, reference.Field.ContainingType.Name),
            names.ToString()));
    }

    private static bool IsObsolete(IFieldSymbol field, INamedTypeSymbol? sslProtocols, INamedTypeSymbol? securityProtocolType)
    {
        switch (field.Name)
        {
            case "Ssl2":
            case "Default":
                return SymbolEqualityComparer.Default.Equals(field.ContainingType, sslProtocols);
            case "Ssl3":
            case "Tls":
            case "Tls11":
                return SymbolEqualityComparer.Default.Equals(field.ContainingType, sslProtocols)
                    || SymbolEqualityComparer.Default.Equals(field.ContainingType, securityProtocolType);
            default:
                return false;
        }
    }
}
