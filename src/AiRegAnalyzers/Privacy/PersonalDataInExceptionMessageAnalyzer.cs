using System.Collections.Immutable;
using AiRegAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG105: personal data in the constructor arguments of a thrown exception
/// (<c>throw new InvalidOperationException($"No patient {idNumber}")</c>, also in throw expressions).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInExceptionMessageAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: set when the value is a hole of an interpolated string, which the fix can take out.</summary>
    internal const string InterpolationHoleProperty = "InterpolationHole";

    /// <summary>Diagnostic property: set when the value is one operand of a string concatenation, which the fix can take out.</summary>
    internal const string ConcatenationOperandProperty = "ConcatenationOperand";

    private const string RuleId = "AIREG105";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG105_PersonalDataInExceptionMessage);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var exceptionType = start.Compilation.GetTypeByMetadataName("System.Exception");
            if (exceptionType is null)
            {
                return;
            }

            var model = PersonalDataModel.Get(start.Compilation, start.Options);
            start.RegisterOperationAction(c => Analyze(c, exceptionType, model), OperationKind.Throw);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol exceptionType, PersonalDataModel model)
    {
        var thrown = ((IThrowOperation)context.Operation).Exception;
        while (thrown is IConversionOperation conversion)
        {
            thrown = conversion.Operand;
        }

        if (thrown is not IObjectCreationOperation { Constructor: { } constructor } creation
            || creation.Arguments.IsEmpty
            || !IsException(constructor.ContainingType, exceptionType))
        {
            return;
        }

        var scope = model.GetScope(creation.Syntax.SyntaxTree, RuleId);
        var typeName = constructor.ContainingType.Name;
        foreach (var argument in creation.Arguments)
        {
            var parameterType = argument.Parameter?.Type;
            if (argument.Value is null || IsException(parameterType, exceptionType) || PersonalDataScope.IsNeverPersonal(parameterType))
            {
                // The inner exception, flags and enums are not message text.
                continue;
            }

            ReportIn(context, scope, argument.Value, typeName);
        }
    }

    /// <summary>Reports each interpolation hole or concatenation operand on its own, so the fix can take out exactly that piece.</summary>
    private static void ReportIn(OperationAnalysisContext context, PersonalDataScope scope, IOperation value, string typeName)
    {
        var unwrapped = value;
        while (unwrapped is IConversionOperation conversion)
        {
            unwrapped = conversion.Operand;
        }

        if (unwrapped is IInterpolatedStringOperation interpolated)
        {
            foreach (var part in interpolated.Parts)
            {
                if (part is IInterpolationOperation hole && scope.Find(hole.Expression, CarrierUse.Stringified) is { } inHole)
                {
                    Report(context, hole.Expression.Syntax.GetLocation(), inHole, typeName, InterpolationHoleProperty);
                }
            }

            return;
        }

        if (unwrapped is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary && binary.Type?.SpecialType == SpecialType.System_String)
        {
            foreach (var operand in ConcatenationOperands(binary))
            {
                if (scope.Find(operand, CarrierUse.Stringified) is { } inOperand)
                {
                    Report(context, operand.Syntax.GetLocation(), inOperand, typeName, ConcatenationOperandProperty);
                }
            }

            return;
        }

        if (scope.Find(value, CarrierUse.Stringified) is { } finding)
        {
            Report(context, value.Syntax.GetLocation(), finding, typeName, property: null);
        }
    }

    private static ImmutableArray<IOperation> ConcatenationOperands(IBinaryOperation binary)
    {
        var operands = ImmutableArray.CreateBuilder<IOperation>();
        Collect(binary, operands);
        return operands.ToImmutable();

        static void Collect(IOperation operation, ImmutableArray<IOperation>.Builder operands)
        {
            var unwrapped = operation;
            while (unwrapped is IConversionOperation { IsImplicit: true } conversion)
            {
                unwrapped = conversion.Operand;
            }

            if (unwrapped is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner && inner.Type?.SpecialType == SpecialType.System_String)
            {
                Collect(inner.LeftOperand, operands);
                Collect(inner.RightOperand, operands);
            }
            else
            {
                operands.Add(unwrapped);
            }
        }
    }

    private static bool IsException(ITypeSymbol? type, INamedTypeSymbol exceptionType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, exceptionType))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(OperationAnalysisContext context, Location location, PersonalDataFinding finding, string typeName, string? property) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG105_PersonalDataInExceptionMessage,
            location,
            property is null ? null : ImmutableDictionary<string, string?>.Empty.Add(property, "true"),
            PersonalDataText.DescribeSource(finding),
            PersonalDataText.Describe(finding),
            typeName));
}
