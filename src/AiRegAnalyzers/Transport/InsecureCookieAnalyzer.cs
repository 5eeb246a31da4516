namespace AiRegAnalyzers.Transport;

/// <summary>
/// AIREG404: cookie options that reach <c>IResponseCookies.Append</c>, or a <c>System.Web.HttpCookie</c> that
/// reaches <c>Response.Cookies.Add/Set</c> or <c>Response.AppendCookie/SetCookie</c>, created without
/// <c>Secure</c> or <c>HttpOnly</c> (<see cref="CookieFlagsSource"/>: through locals, fields, properties and
/// factory methods); <c>Secure</c>/<c>HttpOnly</c> set to <c>false</c> on <c>CookieOptions</c>,
/// <c>CookieBuilder</c> (cookie authentication, session, antiforgery) or <c>HttpCookie</c>, also by
/// deconstruction; <c>CookieSecurePolicy.None</c>, and <c>SameAsRequest</c> on a <c>CookieBuilder</c>.
/// Flags that the application's cookie policy forces on every ASP.NET Core cookie (<see cref="ForcedCookieFlags"/>)
/// are not reported; neither are preference cookies, nor HttpOnly on antiforgery tokens read by script.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureCookieAnalyzer() : AiRegAnalyzer(Descriptors.AIREG404_InsecureCookie)
{
    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var compilation = start.Compilation;
        var types = new CookieTypes(compilation);
        if (types.CookieOptions is null && types.CookieBuilder is null && types.HttpCookie is null)
        {
            return;
        }

        start.RegisterOperationAction(c => AnalyzeFalseAssignment(c, types), OperationKind.SimpleAssignment);
        start.RegisterOperationAction(c => AnalyzeFalseDeconstruction(c, types), OperationKind.DeconstructionAssignment);
        if (types.SecurePolicy is not null)
        {
            start.RegisterOperationAction(c => AnalyzeSecurePolicy(c, types), OperationKind.FieldReference);
        }

        if ((types.CookieOptions is not null && types.ResponseCookies is not null) || types.HttpCookie is not null)
        {
            start.RegisterOperationBlockStartAction(block => OnBlockStart(block, types));
        }
    }

    /// <summary>Options reaching a cookie sink in this block: collected, then reported once per creation in source order.</summary>
    private static void OnBlockStart(OperationBlockStartAnalysisContext context, CookieTypes types)
    {
        if (!MayCallCookieSink(context.OperationBlocks, types))
        {
            return;
        }

        List<(IArgumentOperation Argument, UnflaggedCookie Cookie, IInvocationOperation Sink)>? found = null;
        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (types.CookieArgument(invocation) is not { } argument
                    || ValueFlow<UnflaggedCookie>.Find(types.Source, argument.Value, CarrierUse.Stringified) is not { } cookie)
                {
                    return;
                }

                (found ??= []).Add((argument, cookie, invocation));
            },
            OperationKind.Invocation);
        context.RegisterOperationBlockEndAction(c =>
        {
            if (found is null)
            {
                return;
            }

            found.Sort((x, y) => x.Argument.Syntax.SpanStart.CompareTo(y.Argument.Syntax.SpanStart));
            var reported = new HashSet<SyntaxNode>();
            foreach (var (argument, cookie, sink) in found)
            {
                ReportUnflagged(c, types, argument, cookie, sink, reported);
            }
        });
    }

    /// <summary>
    /// Whether the blocks' text names a cookie sink's method (<see cref="CookieTypes.SinkNames"/>): a call names its
    /// method, so a body that does not registers nothing (most bodies; every registration costs the driver's objects).
    /// </summary>
    private static bool MayCallCookieSink(ImmutableArray<IOperation> blocks, CookieTypes types)
    {
        foreach (var block in blocks)
        {
            if (SourceTextSearch.ContainsAny(block.Syntax.SyntaxTree.GetText(), block.Syntax.Span, types.SinkNames))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportUnflagged(
        OperationBlockAnalysisContext context, CookieTypes types, IArgumentOperation argument, UnflaggedCookie cookie, IInvocationOperation sink, HashSet<SyntaxNode> reported)
    {
        var missing = cookie.Missing;

        // var options = Factory(); options.Secure = true; Append(…, options): set here, before the use.
        if (CookieFlagsSource.Unwrap(argument.Value) is ILocalReferenceOperation local && Declarator(local) is { } declarator)
        {
            missing &= ~CookieFlagsSource.SetAfter(declarator);
        }

        var isAspNetCore = !SymbolEqualityComparer.Default.Equals(cookie.Creation.Type, types.HttpCookie);
        var name = isAspNetCore ? AppendedName(sink) : HttpCookieName(cookie.Creation);
        switch (isAspNetCore ? CookiePurposes.Of(sink) : CookiePurposes.Of(name))
        {
            case CookiePurpose.Preference:
                return;
            case CookiePurpose.ScriptReadableToken:
                // Read by the page's script by design: only Secure is expected.
                missing &= ~CookieFlags.HttpOnly;
                break;
        }

        if (isAspNetCore)
        {
            missing &= ~types.Forced.Get(context.CancellationToken);
        }

        if (missing == CookieFlags.None)
        {
            return;
        }

        // Created in this member: at the creation, where the fix adds the flags. Created elsewhere (a field, a factory):
        // at the value handed to the sink, so that the diagnostic belongs to the code being analysed.
        var here = cookie.Via is null && cookie.Creation.Syntax.IsInBlocks(context.OperationBlocks);
        var at = here ? cookie.Creation.Syntax : argument.Value.Syntax;
        if (!reported.Add(at))
        {
            return;
        }

        var properties = here
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.AddFlags)).Add(DiagnosticProperties.MissingFlags, missing == CookieFlags.Both ? "Secure,HttpOnly" : missing.ToString())
            : ImmutableDictionary<string, string?>.Empty;
        object flags = missing == CookieFlags.Both ? Resources.Localizable("AIREG404_BothFlags") : missing.ToString();
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG404_InsecureCookie, at.GetLocation(), properties, name ?? cookie.Creation.Type!.Name, flags));
    }

    private static void AnalyzeFalseAssignment(OperationAnalysisContext context, CookieTypes types)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Secure" or "HttpOnly" } target
            && assignment.Value.ConstantValue is { HasValue: true, Value: false })
        {
            ReportFalse(context, types, assignment, target, assignment.Syntax, fixable: true);
        }
    }

    private static void AnalyzeFalseDeconstruction(OperationAnalysisContext context, CookieTypes types)
    {
        // (options.Secure, options.HttpOnly) = (false, true): the fix cannot rewrite one element, so none is offered.
        var deconstruction = (IDeconstructionAssignmentOperation)context.Operation;
        if (deconstruction.Target is not ITupleOperation targets || CookieFlagsSource.Unwrap(deconstruction.Value) is not ITupleOperation values
            || values.Elements.Length != targets.Elements.Length)
        {
            return;
        }

        for (var i = 0; i < targets.Elements.Length; i++)
        {
            if (targets.Elements[i] is IPropertyReferenceOperation { Property.Name: "Secure" or "HttpOnly" } target
                && values.Elements[i].ConstantValue is { HasValue: true, Value: false })
            {
                ReportFalse(context, types, deconstruction, target, values.Elements[i].Syntax, fixable: false);
            }
        }
    }

    private static void ReportFalse(OperationAnalysisContext context, CookieTypes types, IOperation assignment, IPropertyReferenceOperation target, SyntaxNode at, bool fixable)
    {
        var property = target.Property;
        var type = property.ContainingType;
        var isOptions = SymbolEqualityComparer.Default.Equals(type, types.CookieOptions);
        if (!isOptions && !SymbolEqualityComparer.Default.Equals(type, types.CookieBuilder) && !SymbolEqualityComparer.Default.Equals(type, types.HttpCookie))
        {
            return;
        }

        var flag = CookieFlagsSource.Flag(property.Name);
        if (!SymbolEqualityComparer.Default.Equals(type, types.HttpCookie) && (types.Forced.Get(context.CancellationToken) & flag) != 0)
        {
            return; // the cookie policy sets it on every cookie anyway
        }

        string? cookieName = null;
        if (isOptions && types.ResponseCookies is not null && FindAppend(assignment, target.Instance, types) is { } append)
        {
            var purpose = CookiePurposes.Of(append);
            if (purpose == CookiePurpose.Preference || (purpose == CookiePurpose.ScriptReadableToken && flag == CookieFlags.HttpOnly))
            {
                return;
            }

            cookieName = AppendedName(append);
        }

        var properties = fixable ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.SetTrue)) : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG404_InsecureCookie, at.GetLocation(), properties, cookieName ?? Describe(target.Instance, type), property.Name));
    }

    private static void AnalyzeSecurePolicy(OperationAnalysisContext context, CookieTypes types)
    {
        var reference = (IFieldReferenceOperation)context.Operation;
        if (reference.Field.Name is not ("None" or "SameAsRequest") || !SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, types.SecurePolicy))
        {
            return;
        }

        var parent = reference.Parent.WalkUpConversions();
        if (parent is IBinaryOperation or IPatternOperation or ICaseClauseOperation)
        {
            return;
        }

        var target = parent is IAssignmentOperation { Target: IPropertyReferenceOperation assigned } ? assigned : null;
        var onBuilder = target is not null && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, types.CookieBuilder);

        // SameAsRequest leaves the cookie clear-text over http: a fault on a cookie, not on the policy, which only ever adds Secure.
        if (reference.Field.Name == "SameAsRequest" && !onBuilder)
        {
            return;
        }

        if (onBuilder && (types.Forced.Get(context.CancellationToken) & CookieFlags.Secure) != 0)
        {
            return;
        }

        var subject = target is not null ? Describe(target.Instance, target.Property.ContainingType) : "CookieSecurePolicy." + reference.Field.Name;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG404_InsecureCookie,
            reference.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, nameof(FixKind.SecurePolicyAlways)),
            subject,
            "Secure"));
    }

    /// <summary>The <c>Append</c> call that receives the options a flag assignment writes to (in an initializer or through a local), from the body's index.</summary>
    private static IInvocationOperation? FindAppend(IOperation assignment, IOperation? instance, CookieTypes types)
    {
        IOperation? created = null;
        ILocalSymbol? local = null;
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
        {
            created = creation;
            local = (CookieFlagsSource.Holder(creation) as IVariableDeclaratorOperation)?.Symbol;
        }
        else if (instance is ILocalReferenceOperation reference)
        {
            local = reference.Local;
        }
        else
        {
            return null;
        }

        foreach (var site in BodyIndex.Of(assignment).Sites)
        {
            if (site is IInvocationOperation call && types.CookieArgument(call) is { } argument)
            {
                var value = CookieFlagsSource.Unwrap(argument.Value);
                if (value == created || (local is not null && value is ILocalReferenceOperation passed && SymbolEqualityComparer.Default.Equals(passed.Local, local)))
                {
                    return call;
                }
            }
        }

        return null;
    }

    private static IVariableDeclaratorOperation? Declarator(ILocalReferenceOperation reference)
    {
        var writes = BodyIndex.Of(reference).WritesOf(reference.Local);
        var value = writes.Count == 1 ? writes[0].Value : null;
        return value?.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator : null;
    }

    private static string? AppendedName(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "key")
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : argument.Value.Syntax.ToString();
            }
        }

        return null;
    }

    private static string? HttpCookieName(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "name")
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? name : argument.Value.Syntax.ToString();
            }
        }

        return null;
    }

    private static string Describe(IOperation? instance, INamedTypeSymbol type) =>
        instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            ? type.Name
            : instance.Syntax.ToString();

    /// <summary>The cookie types of one compilation, the sinks that take options or a cookie, and the forced policy.</summary>
    private sealed class CookieTypes
    {
        public CookieTypes(Compilation compilation)
        {
            CookieOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieOptions");
            CookieBuilder = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieBuilder");
            SecurePolicy = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.CookieSecurePolicy");
            ResponseCookies = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies");
            HttpCookie = compilation.GetTypeByMetadataName("System.Web.HttpCookie");
            Source = new CookieFlagsSource(CookieOptions, HttpCookie);
            Forced = new ForcedCookieFlags(compilation);

            // What CookieArgument accepts, as text: AppendCookie and SetCookie contain Append and Set.
            SinkNames = HttpCookie is not null ? ["Append", "Add", "Set"] : ResponseCookies is not null ? ["Append"] : [];
        }

        /// <summary>The method names of the cookie sinks <see cref="CookieArgument"/> accepts in this compilation (substrings of them cover the rest).</summary>
        public string[] SinkNames { get; }

        public INamedTypeSymbol? CookieOptions { get; }

        public INamedTypeSymbol? CookieBuilder { get; }

        public INamedTypeSymbol? SecurePolicy { get; }

        public INamedTypeSymbol? ResponseCookies { get; }

        public INamedTypeSymbol? HttpCookie { get; }

        public CookieFlagsSource Source { get; }

        public ForcedCookieFlags Forced { get; }

        /// <summary>
        /// The argument that carries the flags to a cookie sink: the options of <c>IResponseCookies.Append</c>
        /// (and its implementations), the cookie of <c>HttpCookieCollection.Add/Set</c> and <c>HttpResponse.AppendCookie/SetCookie</c>.
        /// </summary>
        public IArgumentOperation? CookieArgument(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            switch (method.Name)
            {
                case "Append" when ResponseCookies is not null && IsResponseCookies(method.ContainingType):
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.ArgumentKind == ArgumentKind.Explicit && SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, CookieOptions))
                        {
                            return argument;
                        }
                    }

                    return null;
                case "Add" or "Set" or "AppendCookie" or "SetCookie" when HttpCookie is not null && invocation.Arguments.Length == 1:
                    var cookie = invocation.Arguments[0];
                    return SymbolEqualityComparer.Default.Equals(cookie.Parameter?.Type, HttpCookie)
                        && method.ContainingType.ContainingNamespace.IsNamespace("System.Web") ? cookie : null;
                default:
                    return null;
            }
        }

        private bool IsResponseCookies(INamedTypeSymbol type)
        {
            if (SymbolEqualityComparer.Default.Equals(type, ResponseCookies))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, ResponseCookies))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
