using System.Collections.Concurrent;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG203 across methods and classes: a string property of an application type (a chat DTO's
/// <c>Content</c>, a log record's <c>Question</c>) is AI content wherever it is read when the
/// application sends it to a model whole, copies it into such a property, or fills it from a
/// prompt or an answer. What is needed is noted while the rule analyses each body (the members
/// sent, the object-initializer copies between application string properties, the initializer
/// writes of bodies that call a model, the logged member reads it did not find to be AI content);
/// the logged reads are decided once the whole compilation is known, at compilation end, so the
/// order in which bodies are analysed does not matter. No body is walked again for this.
/// </summary>
internal sealed class AiContentMembers(AiContentSource shared, ApplicationAssemblies application)
{
    /// <summary>Rounds of the fixed point over member copies: a DTO filled from a DTO filled from the prompt is two.</summary>
    private const int MaxRounds = 4;

    private readonly ConcurrentDictionary<IPropertySymbol, byte> _sent = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentQueue<MemberWrite> _writes = new();
    private readonly ConcurrentQueue<LoggedRead> _logged = new();
    private readonly ConcurrentQueue<(IPropertySymbol Target, IPropertySymbol From)> _copies = new();

    /// <summary>Notes a symbol the body passes to a model as prompt text, if it is an application property.</summary>
    public void AddSent(ISymbol symbol)
    {
        if (symbol is IPropertySymbol property && IsApplicationText(property))
        {
            _sent.TryAdd(property.OriginalDefinition, 0);
        }
    }

    /// <summary>
    /// Notes what the object initializers of a body that calls a model write into application
    /// string properties (<c>new AuditEntry { Question = question, Reply = response.Text }</c>),
    /// judged at compilation end with the body's own source.
    /// </summary>
    public void AddWrites(List<IObjectOrCollectionInitializerOperation> initializers, AiContentSource source)
    {
        foreach (var initializer in initializers)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property }, Value: { ConstantValue.HasValue: false } value }
                    && IsApplicationText(property))
                {
                    _writes.Enqueue(new MemberWrite(property.OriginalDefinition, value, source));
                }
            }
        }
    }

    /// <summary>
    /// Notes the copies an object initializer makes between application string properties
    /// (<c>new Line { Text = item.Body }</c>), in any body: a DTO is often filled in one method and
    /// sent in another.
    /// </summary>
    public void AddCopies(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } target } } assignment
                && IsApplicationText(target)
                && ReadMember(assignment.Value) is { } from)
            {
                _copies.Enqueue((target.OriginalDefinition, from));
            }
        }
    }

    /// <summary>Notes a logged value that was not AI content in its own body but reads an application string property.</summary>
    public void AddLogged(IOperation value, CarrierUse use, string api, string? route, ImmutableDictionary<string, string?>? properties)
    {
        if (value.ConstantValue.HasValue)
        {
            return;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IPropertyReferenceOperation { Property: { } property } && IsApplicationText(property))
            {
                _logged.Enqueue(new LoggedRead(value, use, api, route, properties));
                return;
            }
        }
    }

    /// <summary>At compilation end: the AI content members, then the logged reads of them.</summary>
    public void Report(CompilationAnalysisContext context)
    {
        if (_logged.IsEmpty || (_sent.IsEmpty && _writes.IsEmpty && _copies.IsEmpty))
        {
            return;
        }

        var members = new HashSet<IPropertySymbol>(_sent.Keys, SymbolEqualityComparer.Default);
        var pending = new List<MemberWrite>(_writes);
        var copies = new List<(IPropertySymbol Target, IPropertySymbol From)>(_copies);
        for (var round = 0; round < MaxRounds; round++)
        {
            var changed = false;
            foreach (var (target, from) in copies)
            {
                // Either way round: the prompt DTO filled from a queue item, or a log record filled from the prompt DTO.
                changed |= members.Contains(target) ? members.Add(from) : members.Contains(from) && members.Add(target);
            }

            for (var i = pending.Count - 1; i >= 0; i--)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var write = pending[i];
                if (members.Contains(write.Target))
                {
                    // The member is sent: what is copied into it whole is the prompt too (request.Content = message.Text).
                    changed |= AddCopied(write.Value, members);
                    pending.RemoveAt(i);
                }
                else if (ValueFlow<IOperation>.Find(new MemberSource(members, write.Source, shared), write.Value, CarrierUse.Stringified) is not null)
                {
                    // Filled from a prompt or an answer (log.Question = question, summary.Text = response.Text).
                    members.Add(write.Target);
                    changed = true;
                    pending.RemoveAt(i);
                }
            }

            if (!changed)
            {
                break;
            }
        }

        if (members.Count == 0)
        {
            return;
        }

        var reads = new MemberSource(members, null, shared);
        foreach (var logged in _logged)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (ReadsAny(logged.Value, members) && ValueFlow<IOperation>.Find(reads, logged.Value, logged.Use) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.AIREG203_AiContentInLog,
                    logged.Value.Syntax.GetLocation(),
                    logged.Properties,
                    ValueDisplay.Of(logged.Value),
                    logged.Api,
                    RouteText.Through(logged.Route)));
            }
        }
    }

    /// <summary>
    /// A string property (not an indexer) of an application type: declared in this compilation or
    /// in another of the application's assemblies (a contracts project), not in the framework or a
    /// Microsoft package, whose general-purpose members (<c>Exception.Message</c>) would make every
    /// log of them AI content once one is sent.
    /// </summary>
    /// <summary>A string property of the application's own types (this project or another of the solution's, as the personal data model tells them from framework and packages).</summary>
    private bool IsApplicationText(IPropertySymbol property) =>
        property.Type.SpecialType == SpecialType.System_String
        && !property.IsIndexer
        && application.Contains(property);

    /// <summary>The application string property <paramref name="value"/> reads, through conversions and <c>?.</c>.</summary>
    private IPropertySymbol? ReadMember(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    continue;
                case IConditionalAccessOperation access:
                    value = access.WhenNotNull;
                    continue;
                case IPropertyReferenceOperation { Property: { } property } when IsApplicationText(property):
                    return property.OriginalDefinition;
                default:
                    return null;
            }
        }
    }

    private static bool ReadsAny(IOperation value, HashSet<IPropertySymbol> members)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IPropertyReferenceOperation { Property: { } property } && members.Contains(property.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The application property a value is read from whole (<c>a.Text</c>, <c>a?.Text</c>, either side of <c>a.Text ?? b.Text</c>), added to <paramref name="members"/>.</summary>
    private bool AddCopied(IOperation value, HashSet<IPropertySymbol> members)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is ICoalesceOperation coalesce
            ? AddCopied(coalesce.Value, members) | AddCopied(coalesce.WhenNull, members)
            : ReadMember(value) is { } property && members.Add(property);
    }

    private readonly struct MemberWrite(IPropertySymbol target, IOperation value, AiContentSource source)
    {
        public IPropertySymbol Target { get; } = target;

        public IOperation Value { get; } = value;

        public AiContentSource Source { get; } = source;
    }

    private readonly struct LoggedRead(IOperation value, CarrierUse use, string api, string? route, ImmutableDictionary<string, string?>? properties)
    {
        public IOperation Value { get; } = value;

        public CarrierUse Use { get; } = use;

        public string Api { get; } = api;

        public string? Route { get; } = route;

        public ImmutableDictionary<string, string?>? Properties { get; } = properties;
    }

    /// <summary>
    /// A read of an AI content member; with <c>body</c>, also what that body's own source finds
    /// (a prompt local, a response). Other methods are read with the body's shared source.
    /// </summary>
    private sealed class MemberSource(HashSet<IPropertySymbol> members, AiContentSource? body, AiContentSource sanitizers) : IValueSource<IOperation>
    {
        public bool FollowsMemberWrites => false;

        public IValueSource<IOperation> Summarized => body?.Summarized ?? this;

        public Traced<IOperation> Inspect(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow)
        {
            if (operation is IPropertyReferenceOperation { Property: { } property } && members.Contains(property.OriginalDefinition))
            {
                return Traced<IOperation>.Found(operation);
            }

            if (operation is IInvocationOperation call && sanitizers.IsSanitizer(call))
            {
                // Pii.Mask(request.Complaint): the redaction method's result is what the fix meant to log.
                return Traced<IOperation>.Clean;
            }

            if (operation is IImplicitIndexerReferenceOperation { Instance.Type.SpecialType: SpecialType.System_String, Argument.Type: { } range } indexer
                && range.SpecialType != SpecialType.System_Int32)
            {
                // question[..50]: a slice of the text is the text.
                return flow.Follow(indexer.Instance, use);
            }

            if (body is not null)
            {
                return body.Inspect(operation, use, flow);
            }

            return operation.ConstantValue.HasValue || operation.Type is { IsValueType: true, SpecialType: not SpecialType.System_Char }
                ? Traced<IOperation>.Clean
                : Traced<IOperation>.Unknown;
        }

        public Traced<IOperation> Leaf(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow) =>
            body is not null ? body.Leaf(operation, use, flow) : Traced<IOperation>.Unknown;

        public IOperation AtCall(IOperation found, IOperation call) => call;
    }
}
