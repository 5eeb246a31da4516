namespace AiRegAnalyzers.Privacy;

/// <summary>
/// The personal-data sink rules (AIREG101, 102, 104, 105, 201): personal data reaching a sink of
/// the rule's <see cref="SinkCatalogue"/>, directly or through the application's own methods
/// (<see cref="MethodSummaries"/>: a wrapper whose parameter reaches the sink is a sink for that
/// argument, reported at the outermost call with the route). Registration, the classifier per
/// tree, the report-each-hole loop and the message (value, category, API, route) live here; a
/// rule supplies its descriptor and its catalogue.
/// </summary>
public abstract class PersonalDataSinkAnalyzer : AiRegAnalyzer
{
    private static readonly ImmutableArray<OperationKind> CallKinds = ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation);

    private readonly DiagnosticDescriptor _rule;

    private protected PersonalDataSinkAnalyzer(DiagnosticDescriptor rule)
        : base(rule) => _rule = rule;

    /// <summary>The operations where the rule's sinks are (calls and creations unless the rule says otherwise).</summary>
    private protected virtual ImmutableArray<OperationKind> SiteKinds => CallKinds;

    /// <summary>Diagnostic properties of a finding in one interpolation hole.</summary>
    private protected virtual ImmutableDictionary<string, string?>? HoleProperties => null;

    /// <summary>Diagnostic properties of a finding in one operand of a concatenation.</summary>
    private protected virtual ImmutableDictionary<string, string?>? OperandProperties => null;

    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (CreateCatalogue(start.Compilation, start.Options) is not { } catalogue)
        {
            return;
        }

        var model = PersonalDataModel.Get(start.Compilation, start.Options);
        var summaries = MethodSummaries.Get(start.Compilation);
        summaries.Register(catalogue);
        var scopes = model.ScopesOf(_rule.Id);
        start.RegisterOperationAction(c => Analyze(c, catalogue, scopes, summaries), SiteKinds);
    }

    /// <summary>The rule's sinks in this compilation, or <see langword="null"/> to register nothing.</summary>
    private protected abstract SinkCatalogue? CreateCatalogue(Compilation compilation, AnalyzerOptions options);

    private void Analyze(OperationAnalysisContext context, SinkCatalogue catalogue, PerTreeCache<PersonalDataScope> scopes, MethodSummaries summaries)
    {
        var site = context.Operation;
        summaries.Observe(site);
        PersonalDataScope scope;
        List<SinkValue>? values;
        string? route = null;
        if (catalogue.MayBeSink(site))
        {
            values = new List<SinkValue>(4);
            catalogue.Collect(site, values);
            scope = scopes.Get(site.Syntax.SyntaxTree);
        }
        else if (SinkCatalogue.ApplicationCall(site) is { Method: not null } call)
        {
            // A wrapper is looked into only for arguments that hold personal data however they are used
            // (asked once per call for the five rules), unless the callee is known to be no wrapper.
            if (summaries.IsKnownNoWrapper(call.Method))
            {
                return;
            }

            scope = scopes.Get(site.Syntax.SyntaxTree);
            if (!scope.MayCarryAnyArgument(site, call.Arguments))
            {
                return;
            }

            values = catalogue.CollectThroughWrapper(call, summaries, out route);
        }
        else
        {
            return;
        }

        if (values is not { Count: > 0 })
        {
            return;
        }

        foreach (var value in values)
        {
            if (route is not null && value.Value.Parent is IArgumentOperation { Parameter: { } parameter } && scope.ClassifySymbol(parameter) is not null)
            {
                // The wrapper's parameter is personal data by its own name (GetRegion(string ip)), so the sink
                // inside the wrapper is reported there, once, where the fix belongs; its callers are not.
                continue;
            }

            ReportIn(context, scope, value, route);
        }
    }

    private void ReportIn(OperationAnalysisContext context, PersonalDataScope scope, SinkValue sink, string? route)
    {
        var value = sink.Value;
        var unwrapped = value;
        while (unwrapped is IConversionOperation conversion)
        {
            unwrapped = conversion.Operand;
        }

        if ((sink.Options & SinkValueOptions.SplitHoles) != 0 && unwrapped is IInterpolatedStringOperation interpolated)
        {
            // Report each hole, so that the fix can take out exactly that hole.
            foreach (var part in interpolated.Parts)
            {
                if (part is IInterpolationOperation hole && scope.Find(hole.Expression, CarrierUse.Stringified) is { } inHole)
                {
                    Report(context, hole.Expression, inHole, sink.Api, route, HoleProperties);
                }
            }

            return;
        }

        if ((sink.Options & SinkValueOptions.SplitConcatenation) != 0
            && unwrapped is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary)
        {
            var operands = new List<IOperation>();
            ConcatenationOperands(binary, operands);
            foreach (var operand in operands)
            {
                if (scope.Find(operand, CarrierUse.Stringified) is { } inOperand)
                {
                    Report(context, operand, inOperand, sink.Api, route, OperandProperties);
                }
            }

            return;
        }

        if (scope.Find(value, sink.Use) is { } finding
            && !((sink.Options & SinkValueOptions.IgnoreBareReference) != 0 && IsBareReference(value, finding)))
        {
            Report(context, value, finding, sink.Api, route, sink.Properties);
        }
    }

    private void Report(OperationAnalysisContext context, IOperation value, PersonalDataFinding finding, string api, string? route, ImmutableDictionary<string, string?>? properties) =>
        context.ReportDiagnostic(Diagnostic.Create(
            _rule,
            value.Syntax.GetLocation(),
            properties,
            PersonalDataText.DescribeSource(finding),
            PersonalDataText.InParentheses(finding),
            api,
            RouteArgument(api, route)));

    /// <summary>The message's last argument: the route through the application's methods, and what the rule adds about where the value ends up.</summary>
    private protected virtual LocalizableString RouteArgument(string api, string? route) => RouteText.Through(route);

    /// <summary>A variable that is the whole value (<c>string location</c>, <c>Uri address</c>) rather than data built into it.</summary>
    private static bool IsBareReference(IOperation value, PersonalDataFinding finding)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
            && finding.Display == value.Syntax.ToString();
    }

    private static void ConcatenationOperands(IOperation operation, List<IOperation> operands)
    {
        var unwrapped = operation;
        while (unwrapped is IConversionOperation { IsImplicit: true } conversion)
        {
            unwrapped = conversion.Operand;
        }

        if (unwrapped is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner && inner.Type?.SpecialType == SpecialType.System_String)
        {
            ConcatenationOperands(inner.LeftOperand, operands);
            ConcatenationOperands(inner.RightOperand, operands);
        }
        else
        {
            operands.Add(unwrapped);
        }
    }
}
