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
            ConfiguredMethods.Read(start.Compilation, start.Options, PersonalDataInLogAnalyzer.LogMethods, RuleId));
        var prompts = new PromptSinkCatalogue(ai, aiMethods: null, cancellationToken: null);
        var summaries = MethodSummaries.Get(start.Compilation);

        // Registered now, with the other rules' catalogues: one registered at its first question would
        // make every sink summary already kept be computed again to cover it.
        summaries.Register(logs);
        summaries.Register(prompts);
        var shared = new AiContentSource(ai, ToolResults.Get(start.Compilation), ConfiguredMethods.Read(start.Compilation, start.Options, PersonalDataOptions.SanitizerMethods, RuleId));
        var whole = new WholePromptParameters(start.Compilation, prompts);
        var members = new AiContentMembers(shared, PersonalDataModel.Get(start.Compilation, start.Options).Application);
        start.RegisterCompilationEndAction(members.Report);
        start.RegisterOperationBlockStartAction(block =>
        {
            var state = new BlockState(members);
            block.RegisterOperationAction(
                operationContext =>
                {
                    var site = operationContext.Operation;
                    summaries.Observe(site);
                    if (site is IObjectCreationOperation { Initializer: { } initializer })
                    {
                        members.AddCopies(initializer);
                        state.AddInitializer(initializer);
                    }

                    if (logs.MayBeSink(site))
                    {
                        if (Direct(logs, site) is { Count: > 0 } logged)
                        {
                            state.AddLogged(logged, route: null);
                        }
                    }
                    else if (prompts.MayBeSink(site))
                    {
                        state.Sends();
                        if (Direct(prompts, site) is { Count: > 0 } sent)
                        {
                            state.AddPrompts(sent);
                        }
                    }
                    else if (SinkCatalogue.ApplicationCall(site).Method is not null)
                    {
                        // Whether the callee logs or prompts is asked at the end of the body, and only
                        // where the answer can matter: its body is not bound for every call.
                        state.Defer(site);
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
            block.RegisterOperationBlockEndAction(end =>
            {
                state.ResolveWrappers(logs, prompts, whole, summaries, ai, shared);
                state.Report(end, ai, shared);
                state.NoteMemberWrites(ai, shared);
            });
        });
    }

    private static List<SinkValue> Direct(SinkCatalogue catalogue, IOperation site)
    {
        var values = new List<SinkValue>(2);
        catalogue.Collect(site, values);
        return values;
    }

    /// <summary>What one method body logs and sends to models; evaluated when the whole body has been seen.</summary>
    private sealed class BlockState(AiContentMembers members)
    {
        private readonly object _gate = new();
        private bool _sends;
        private List<IObjectOrCollectionInitializerOperation>? _initializers;
        private List<(SinkValue Value, string? Route)>? _logged;
        private HashSet<ISymbol>? _prompts;
        private List<IOperation>? _deferred;

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

        /// <summary>The body calls a model (whatever it passes): what it writes into application properties is noted.</summary>
        public void Sends() => _sends = true;

        public void AddPrompts(List<SinkValue> values)
        {
            _sends = true;
            foreach (var value in values)
            {
                if (PromptSymbol(value.Value) is { } symbol)
                {
                    lock (_gate)
                    {
                        (_prompts ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(symbol);
                    }

                    members.AddSent(symbol);
                }
            }
        }

        public void AddInitializer(IObjectOrCollectionInitializerOperation initializer)
        {
            lock (_gate)
            {
                (_initializers ??= []).Add(initializer);
            }
        }

        /// <summary>What a body that sends to a model writes into application properties, for <see cref="AiContentMembers"/>.</summary>
        public void NoteMemberWrites(AiSinks ai, AiContentSource shared)
        {
            if (_sends && _initializers is not null)
            {
                members.AddWrites(_initializers, Source(ai, shared));
            }
        }

        public void Defer(IOperation site)
        {
            lock (_gate)
            {
                (_deferred ??= []).Add(site);
            }
        }

        /// <summary>
        /// The calls of application methods, once the body's direct logs and prompts are known. A call
        /// is looked into as a prompt wrapper only when it passes a string that something else in the
        /// body logs or hands on (a prompt matters only where it is also logged), and as a log wrapper
        /// only when an argument holds AI content by then. Prompts first, so that a value sent through
        /// a wrapper is AI content when a log wrapper writes it.
        /// </summary>
        public void ResolveWrappers(SinkCatalogue logs, SinkCatalogue prompts, WholePromptParameters whole, MethodSummaries summaries, AiSinks ai, AiContentSource shared)
        {
            if (_deferred is null)
            {
                return;
            }

            var relevant = RelevantSymbols();
            List<IOperation>? rest = null;
            foreach (var site in _deferred)
            {
                if (PassesRelevantString(site, relevant) && prompts.CollectThroughWrapper(site, summaries, out _) is { Count: > 0 } sent)
                {
                    // A method that both logs and prompts is a log wrapper, as a direct sink would be.
                    if (logs.CollectThroughWrapper(site, summaries, out var route) is { Count: > 0 } logged)
                    {
                        AddLogged(logged, route);
                    }
                    else
                    {
                        whole.Filter(site, sent);
                        AddPrompts(sent);
                    }

                    continue;
                }

                (rest ??= []).Add(site);
            }

            if (rest is null)
            {
                return;
            }

            var source = Source(ai, shared);
            Func<IOperation, bool> holdsAiContent = value => ValueFlow<IOperation>.Find(source, value, CarrierUse.Serialized) is not null;
            foreach (var site in rest)
            {
                if (logs.CollectThroughWrapper(site, summaries, out var route, holdsAiContent) is { Count: > 0 } logged)
                {
                    AddLogged(logged, route);
                }
            }
        }

        /// <summary>The strings a prompt wrapper's argument must be among to matter: those the body logs directly, or passes to more than one application method.</summary>
        private HashSet<ISymbol> RelevantSymbols()
        {
            var relevant = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (_logged is not null)
            {
                foreach (var (logged, _) in _logged)
                {
                    foreach (var operation in logged.Value.DescendantsAndSelf())
                    {
                        if (PromptSymbol(operation) is { } symbol)
                        {
                            relevant.Add(symbol);
                        }
                    }
                }
            }

            var passed = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var once = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var site in _deferred!)
            {
                passed.Clear();
                foreach (var argument in SinkCatalogue.ApplicationCall(site).Arguments)
                {
                    foreach (var operation in argument.Value.DescendantsAndSelf())
                    {
                        if (PromptSymbol(operation) is { } symbol)
                        {
                            passed.Add(symbol);
                        }
                    }
                }

                foreach (var symbol in passed)
                {
                    if (!once.Add(symbol))
                    {
                        relevant.Add(symbol);
                    }
                }
            }

            return relevant;
        }

        private static bool PassesRelevantString(IOperation site, HashSet<ISymbol> relevant)
        {
            if (relevant.Count == 0)
            {
                return false;
            }

            foreach (var argument in SinkCatalogue.ApplicationCall(site).Arguments)
            {
                var values = argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer }
                    ? (IEnumerable<IOperation>)initializer.ElementValues
                    : [argument.Value];
                foreach (var value in values)
                {
                    if (PromptSymbol(value) is { } symbol && relevant.Contains(symbol))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The local, parameter or property of string type passed as a prompt itself ("strings that the method passes as a prompt").</summary>
        private static ISymbol? PromptSymbol(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            ISymbol? symbol = value switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                _ => null,
            };
            return symbol is not null && value.Type?.SpecialType == SpecialType.System_String ? symbol : null;
        }

        private AiContentSource Source(AiSinks ai, AiContentSource shared) =>
            _prompts is null ? shared : new AiContentSource(ai, shared.Tools, prompts: _prompts, shared: shared);

        public void Report(OperationBlockAnalysisContext context, AiSinks ai, AiContentSource shared)
        {
            if (_logged is null)
            {
                return;
            }

            var source = Source(ai, shared);
            foreach (var (logged, route) in _logged)
            {
                var value = logged.Value;
                if ((logged.Options & SinkValueOptions.SplitHoles) != 0 && value is IInterpolatedStringOperation interpolated)
                {
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            if (ValueFlow<IOperation>.Find(source, hole.Expression, CarrierUse.Stringified) is not null)
                            {
                                Report(context, hole.Expression, logged.Api, route, null);
                            }
                            else
                            {
                                members.AddLogged(hole.Expression, CarrierUse.Stringified, logged.Api, route, null);
                            }
                        }
                    }

                    continue;
                }

                if (ValueFlow<IOperation>.Find(source, value, logged.Use) is not null)
                {
                    Report(context, value, logged.Api, route, logged.Properties);
                }
                else
                {
                    members.AddLogged(value, logged.Use, logged.Api, route, logged.Properties);
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
