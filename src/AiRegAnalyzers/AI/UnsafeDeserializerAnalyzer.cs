using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG204: deserializers that let the payload pick the types to create. Flags the creation of
/// <c>BinaryFormatter</c>, <c>SoapFormatter</c>, <c>NetDataContractSerializer</c>, <c>LosFormatter</c>
/// and <c>ObjectStateFormatter</c> (whichever the compilation references), and Newtonsoft.Json's
/// <c>TypeNameHandling</c> set to a constant other than <c>None</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsafeDeserializerAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] FormatterTypes =
    [
        "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
        "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
        "System.Runtime.Serialization.NetDataContractSerializer",
        "System.Web.UI.LosFormatter",
        "System.Web.UI.ObjectStateFormatter",
    ];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG204_UnsafeDeserializer);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var formatters = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in FormatterTypes)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is { } type)
                {
                    formatters.Add(type);
                }
            }

            if (formatters.Count > 0)
            {
                start.RegisterOperationAction(context => AnalyzeCreation(context, formatters), OperationKind.ObjectCreation);
            }

            if (start.Compilation.GetTypeByMetadataName("Newtonsoft.Json.TypeNameHandling") is { } typeNameHandling)
            {
                start.RegisterOperationAction(context => AnalyzeAssignment(context, typeNameHandling), OperationKind.SimpleAssignment);
            }
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, HashSet<INamedTypeSymbol> formatters)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is INamedTypeSymbol type && IsFormatter(type, formatters))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG204_UnsafeDeserializer, creation.Syntax.GetLocation(), type.Name));
        }
    }

    private static bool IsFormatter(INamedTypeSymbol type, HashSet<INamedTypeSymbol> formatters)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (formatters.Contains(current))
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol typeNameHandling)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "TypeNameHandling" or "ItemTypeNameHandling" } property }
            || !SymbolEqualityComparer.Default.Equals(property.Type, typeNameHandling))
        {
            return;
        }

        // Only constants: a value computed at run time is not judged. TypeNameHandling.None is 0.
        if (assignment.Value.ConstantValue is not { HasValue: true, Value: int value } || value == 0)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG204_UnsafeDeserializer,
            assignment.Value.Syntax.GetLocation(),
            (property.ContainingType?.Name is { } owner ? owner + "." : string.Empty) + property.Name + " = " + assignment.Value.Syntax));
    }
}
