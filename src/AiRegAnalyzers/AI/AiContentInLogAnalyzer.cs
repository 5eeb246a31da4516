using AiRegAnalyzers.Privacy;
using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG203: a user prompt or model output (<see cref="AiContentSource"/>) reaching a logging call
/// (the <see cref="LoggingSinks"/> catalogue of AIREG101), directly or through the application's
/// own logging wrappers. A body is judged once it has been seen whole, since the prompts it sends
/// may come after the log call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiContentInLogAnalyzer() : AiRegAnalyzer(Descriptors.AIREG203_AiContentInLog)
{
    private const string RuleId = RuleIds.AiContentInLog;

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var ai = AiSinks.Get(start.Compilation);
        if (ai.IsEmpty)
        {
            return;
        }

        // The log wrappers configured for AIREG101 are logging calls here too (aireg.AIREG203.log_methods overrides).
        var logs = new LogSinkCatalogue(
            LoggingSinks.Get(start.Compilation),
            new PerTreeCache<MethodNameList>(start.Options, options => new MethodNameList(PersonalDataInLogAnalyzer.LogMethods.Read(options, RuleId))));
        var prompts = new PromptSinkCatalogue(ai, aiMethods: null, cancellationToken: null);
        var summaries = MethodSummaries.Get(start.Compilation);
        var shared = new AiContentSource(ai, ToolResults.Get(start.Compilation), ConfiguredMethods.Read(start.Compilation, start.Options, PersonalDataOptions.SanitizerMethods, RuleId));
        var whole = new WholePromptParameters(start.Compilation, prompts);
        start.RegisterOperationBlockStartAction(block =>
        {
            var state = new BlockState();
            block.RegisterOperationAction(
                operationContext =>
                {
                    var site = operationContext.Operation;
                    if (logs.CollectAt(site, summaries, out var route) is { Count: > 0 } logged)
                    {
                        state.AddLogged(logged, route);
                    }
                    else if (prompts.CollectAt(site, summaries, out var through) is { Count: > 0 } sent)
                    {
                        if (through is not null)
                        {
                            whole.Filter(site, sent);
                        }

                        state.AddPrompts(sent);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
            block.RegisterOperationBlockEndAction(end => state.Report(end, ai, shared));
        });
    }

    /// <summary>What one method body logs and sends to models; evaluated when the whole body has been seen.</summary>
    private sealed class BlockState
    {
        private readonly object _gate = new();
        private List<(SinkValue Value, string? Route)>? _logged;
        private HashSet<ISymbol>? _prompts;

        public void AddLogged(List<SinkValue> values, string? route)
        {
            lock (_gate)
            {
                _logged ??= [];
                foreach (var value in values)
                {
                    _logged.Add((value, route));
                }
            }
        }

        public void AddPrompts(List<SinkValue> values)
        {
            foreach (var value in values)
            {
                // Only the local, parameter or property passed as the prompt itself ("strings that the method passes as a prompt").
                var operation = value.Value;
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
                        (_prompts ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(symbol);
                    }
                }
            }
        }

        public void Report(OperationBlockAnalysisContext context, AiSinks ai, AiContentSource shared)
        {
            if (_logged is null)
            {
                return;
            }

            var source = _prompts is null ? shared : new AiContentSource(ai, shared.Tools, prompts: _prompts, shared: shared);
            foreach (var (logged, route) in _logged)
            {
                var value = logged.Value;
                if ((logged.Options & SinkValueOptions.SplitHoles) != 0 && value is IInterpolatedStringOperation interpolated)
                {
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole && ValueFlow<IOperation>.Find(source, hole.Expression, CarrierUse.Stringified) is not null)
                        {
                            Report(context, hole.Expression, logged.Api, route, null);
                        }
                    }

                    continue;
                }

                if (ValueFlow<IOperation>.Find(source, value, logged.Use) is not null)
                {
                    Report(context, value, logged.Api, route, logged.Properties);
                }
            }
        }

        private static void Report(OperationBlockAnalysisContext context, IOperation value, string api, string? route, ImmutableDictionary<string, string?>? properties) =>
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.AIREG203_AiContentInLog,
                value.Syntax.GetLocation(),
                properties,
                ValueDisplay.Of(value),
                api,
                RouteText.Through(route)));
    }
}
