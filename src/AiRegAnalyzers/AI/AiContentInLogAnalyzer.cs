using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Options;
using AiRegAnalyzers.Privacy;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG203: a user prompt or model output reaching a logging call (the <see cref="LoggingSinks"/>
/// catalogue of AIREG101). AI content is a value of an SDK message/response type
/// (<see cref="AiSinks.IsContentType"/>) or its text members, or a local, parameter or property that the same
/// method body passes to an AI SDK as prompt text.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiContentInLogAnalyzer : DiagnosticAnalyzer
{
    private const string RuleId = "AIREG203";
    private const int MaxDepth = 32;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG203_AiContentInLog);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var ai = AiSinks.Get(start.Compilation);
            if (ai.IsEmpty)
            {
                return;
            }

            var logging = LoggingSinks.Get(start.Compilation);

            // The log wrappers configured for AIREG101 are logging calls here too (aireg.AIREG203.log_methods overrides).
            var logMethods = new PerTreeCache<MethodNameList>(start.Options, options => new MethodNameList(PersonalDataInLogAnalyzer.LogMethods.Read(options, RuleId)));
            start.RegisterOperationBlockStartAction(block =>
            {
                var state = new BlockState();
                block.RegisterOperationAction(
                    operationContext =>
                    {
                        switch (operationContext.Operation)
                        {
                            case IInvocationOperation invocation:
                                if (logging.IsLogCall(invocation, logMethods.Get(invocation.Syntax.SyntaxTree)))
                                {
                                    state.AddLogCall(invocation);
                                }
                                else if (ai.MayBeSink(invocation.TargetMethod) && ai.IsSink(invocation.TargetMethod))
                                {
                                    state.AddPrompts(ai, invocation.Arguments);
                                }

                                break;
                            case IObjectCreationOperation { Constructor: { } constructor } creation when ai.IsSink(constructor):
                                state.AddPrompts(ai, creation.Arguments);
                                break;
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation);
                block.RegisterOperationBlockEndAction(end => state.Report(end, ai, logging));
            });
        });
    }

    /// <summary>What one method body logs and sends to models; evaluated when the whole body has been seen.</summary>
    private sealed class BlockState
    {
        private readonly object _gate = new();
        private List<IInvocationOperation>? _logCalls;
        private HashSet<ISymbol>? _promptSymbols;

        public void AddLogCall(IInvocationOperation invocation)
        {
            lock (_gate)
            {
                (_logCalls ??= []).Add(invocation);
            }
        }

        public void AddPrompts(AiSinks ai, ImmutableArray<IArgumentOperation> arguments)
        {
            var values = new List<IOperation>(2);
            ai.CollectPromptValues(arguments, values);
            foreach (var value in values)
            {
                // Only the local, parameter or property passed as the prompt itself ("strings that the method passes as a prompt").
                var operation = value;
                while (operation is IConversionOperation conversion)
                {
                    operation = conversion.Operand;
                }

                ISymbol? symbol = operation switch
                {
                    ILocalReferenceOperation local => local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                    _ => null,
                };
                if (symbol is not null && operation.Type?.SpecialType == SpecialType.System_String)
                {
                    lock (_gate)
                    {
                        (_promptSymbols ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(symbol);
                    }
                }
            }
        }

        public void Report(OperationBlockAnalysisContext context, AiSinks ai, LoggingSinks logging)
        {
            if (_logCalls is null)
            {
                return;
            }

            foreach (var invocation in _logCalls)
            {
                var methodName = invocation.TargetMethod.Name;
                foreach (var logged in LoggedValue.Collect(invocation, logging))
                {
                    if (logged.Value is IInterpolatedStringOperation interpolated)
                    {
                        foreach (var part in interpolated.Parts)
                        {
                            if (part is IInterpolationOperation hole && Find(hole.Expression, ai, 0, null) is not null)
                            {
                                Report(context, hole.Expression, methodName, null);
                            }
                        }

                        continue;
                    }

                    if (Find(logged.Value, ai, 0, null) is not null)
                    {
                        var properties = logged.HolePosition >= 0
                            ? ImmutableDictionary<string, string?>.Empty
                                .Add(LoggedValue.HolePositionProperty, logged.HolePosition.ToString(CultureInfo.InvariantCulture))
                                .Add(LoggedValue.TemplateArgumentProperty, logged.TemplateArgumentIndex.ToString(CultureInfo.InvariantCulture))
                            : null;
                        Report(context, logged.Value, methodName, properties);
                    }
                }
            }
        }

        /// <summary>The expression that makes <paramref name="operation"/> AI content, or <see langword="null"/>.</summary>
        private IOperation? Find(IOperation? operation, AiSinks ai, int depth, HashSet<ILocalSymbol>? visited)
        {
            if (operation is null || depth > MaxDepth || operation.ConstantValue.HasValue)
            {
                return null;
            }

            // Lengths, counts, token usage, roles and finish reasons are not content.
            if (operation.Type is { IsValueType: true } valueType && valueType.SpecialType != SpecialType.System_Char && !ai.IsContentType(valueType))
            {
                return null;
            }

            depth++;
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Find(conversion.Operand, ai, depth, visited);
                case IParameterReferenceOperation parameter:
                    return IsPrompt(parameter.Parameter) || ai.IsContentType(parameter.Type) ? operation : null;
                case ILocalReferenceOperation local:
                    if (IsPrompt(local.Local) || ai.IsContentType(local.Type))
                    {
                        return operation;
                    }

                    return Local(local, ai, depth, visited);
                case IPropertyReferenceOperation property when IsPrompt(property.Property):
                    return operation;
                case IPropertyReferenceOperation property:
                    return Member(operation, property.Property, property.Instance, property.Property.IsIndexer, ai, depth, visited);
                case IFieldReferenceOperation field:
                    return ai.IsContentType(field.Type) ? operation : null;
                case IArrayElementReferenceOperation element:
                    return Find(element.ArrayReference, ai, depth, visited);
                case IInvocationOperation invocation:
                    return Invocation(invocation, ai, depth, visited);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole && Find(hole.Expression, ai, depth, visited) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case IBinaryOperation binary:
                    return Find(binary.LeftOperand, ai, depth, visited) ?? Find(binary.RightOperand, ai, depth, visited);
                case IConditionalOperation conditional:
                    return Find(conditional.WhenTrue, ai, depth, visited) ?? Find(conditional.WhenFalse, ai, depth, visited);
                case ICoalesceOperation coalesce:
                    return Find(coalesce.Value, ai, depth, visited) ?? Find(coalesce.WhenNull, ai, depth, visited);
                case IConditionalAccessOperation conditionalAccess:
                    return Find(conditionalAccess.WhenNotNull, ai, depth, visited);
                case IConditionalAccessInstanceOperation instance:
                    return Find(ConditionalAccessReceiver(instance), ai, depth, visited);
                case IAwaitOperation awaitOperation:
                    return Find(awaitOperation.Operation, ai, depth, visited);
                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (var element in initializer.ElementValues)
                    {
                        if (Find(element, ai, depth, visited) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                default:
                    return ai.IsContentType(operation.Type) ? operation : null;
            }
        }

        private IOperation? Member(IOperation operation, ISymbol member, IOperation? instance, bool isIndexer, AiSinks ai, int depth, HashSet<ILocalSymbol>? visited)
        {
            if (instance is null)
            {
                return ai.IsContentType(operation.Type) ? operation : null;
            }

            if (ai.IsContentType(instance.Type))
            {
                // response.Text, completion.Content, messages[0]; not response.ModelId or update.Role.
                return isIndexer || AiSinks.IsTextMember(member) ? operation : null;
            }

            // answer.Text[..], prompts[0]: the element holds what the collection held.
            return isIndexer ? Find(instance, ai, depth, visited) : null;
        }

        private IOperation? Invocation(IInvocationOperation invocation, AiSinks ai, int depth, HashSet<ILocalSymbol>? visited)
        {
            var method = invocation.TargetMethod;
            if (invocation.Instance is { } instance)
            {
                if (ai.IsContentType(instance.Type))
                {
                    return AiSinks.IsTextMember(method) ? invocation : null;
                }

                // answer.Trim(), prompt.Substring(0, 80), answer.ToString().
                return instance.Type?.SpecialType == SpecialType.System_String || method.Name == "ToString"
                    ? Find(instance, ai, depth, visited)
                    : null;
            }

            if (method.ContainingType?.SpecialType == SpecialType.System_String && method.Name is "Format" or "Concat" or "Join")
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (Find(argument.Value, ai, depth, visited) is { } found)
                    {
                        return found;
                    }
                }
            }

            return null;
        }

        /// <summary>A local holds AI content when any value written to it does (AI content is rarely overwritten with something else).</summary>
        private IOperation? Local(ILocalReferenceOperation reference, AiSinks ai, int depth, HashSet<ILocalSymbol>? visited)
        {
            visited ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            if (!visited.Add(reference.Local))
            {
                return null;
            }

            IOperation top = reference;
            while (top.Parent is { } parent)
            {
                top = parent;
            }

            foreach (var operation in top.Descendants())
            {
                IOperation? value = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local) => declarator.Initializer?.Value,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local) => assignment.Value,
                    ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } compound when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local) => compound.Value,
                    _ => null,
                };
                if (value is not null && Find(value, ai, depth, visited) is not null)
                {
                    return reference;
                }
            }

            return null;
        }

        private bool IsPrompt(ISymbol symbol) => _promptSymbols is { } symbols && symbols.Contains(symbol);

        private static IOperation? ConditionalAccessReceiver(IConditionalAccessInstanceOperation instance)
        {
            for (var current = instance.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalAccessOperation access)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        private static void Report(OperationBlockAnalysisContext context, IOperation value, string methodName, ImmutableDictionary<string, string?>? properties)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.AIREG203_AiContentInLog,
                value.Syntax.GetLocation(),
                properties,
                Display(value),
                methodName));
        }

        private static string Display(IOperation operation)
        {
            var text = operation.Syntax.ToString();
            if (text.IndexOf('\n') >= 0)
            {
                text = string.Join(" ", text.Split(['\r', '\n', ' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries));
            }

            return text.Length <= 80 ? text : text.Substring(0, 79) + "…";
        }
    }
}
