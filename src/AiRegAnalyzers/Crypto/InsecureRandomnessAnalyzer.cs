namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG307: output of <c>System.Random</c> (see <see cref="RandomValueSource"/>) that lands where a
/// secret is expected. By API (<see cref="RandomnessSinks"/>): symmetric and HMAC keys, IVs and nonces,
/// <c>SymmetricSecurityKey</c>, PBKDF2 salts, Identity passwords and tokens, session values, BouncyCastle
/// key material. By name, where the value is stored: a local, parameter, or the application's own
/// field or property named like a token, password, one-time code, salt, key, nonce or session value,
/// a buffer so named that <c>NextBytes</c> fills, a builder so named that it is appended to, the argument
/// of an application method for a parameter so named, or the result of a method named for producing one
/// (<c>GenerateOtp</c>, <c>CreateResetToken</c>). Where <c>Random</c> is merely used inside such a method
/// (captcha noise, colours, positions), in dice, shuffles, jitter or sampling, nothing is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureRandomnessAnalyzer() : AiRegAnalyzer(Descriptors.AIREG307_InsecureRandomness)
{
    internal const string KindGetInt32 = nameof(FixKind.GetInt32);
    internal const string KindFill = nameof(FixKind.Fill);
    internal const string KindSameName = nameof(FixKind.SameName);

    /// <summary>Words that name a security value; replaces the built-in list.</summary>
    internal static readonly ListOption SecurityValueWords = new("security_value_words");

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var random = compilation.GetTypeByMetadataName("System.Random");
        if (random is null)
        {
            return;
        }

        var bouncyCastle = BouncyCastleTypes.Get(compilation);
        var words = new PerTreeCache<SecurityWords>(context.Options, o => SecurityWords.ForSecurityValues(SecurityValueWords.Read(o, RuleIds.InsecureRandomness)));
        var state = new State(
            new RandomValueSource(random, bouncyCastle?.SecureRandom, words),
            new RandomnessSinks(compilation, bouncyCastle),
            words,
            compilation.GetTypeByMetadataName("System.Security.Cryptography.RandomNumberGenerator") is not null);
        context.RegisterOperationBlockStartAction(block => OnBlockStart(block, state));
    }

    /// <summary>The operations where a value can land in a named or API destination.</summary>
    private static readonly ImmutableArray<OperationKind> DestinationKinds = ImmutableArray.Create(
        OperationKind.VariableDeclarator,
        OperationKind.SimpleAssignment,
        OperationKind.CompoundAssignment,
        OperationKind.FieldInitializer,
        OperationKind.PropertyInitializer,
        OperationKind.Invocation,
        OperationKind.ObjectCreation,
        OperationKind.Return);

    private static void OnBlockStart(OperationBlockStartAnalysisContext context, State state)
    {
        // One action for every destination kind (each operation still gets one callback): every block pays for what it registers.
        var block = new BlockAnalysis(state, context.OperationBlocks[0].Syntax.SyntaxTree);
        context.RegisterOperationAction(block.OnOperation, DestinationKinds);
        context.RegisterOperationBlockEndAction(block.OnEnd);
    }

    private sealed class State
    {
        public State(RandomValueSource source, RandomnessSinks sinks, PerTreeCache<SecurityWords> words, bool hasRng)
        {
            Source = source;
            Sinks = sinks;
            Words = words;
            HasRng = hasRng;
        }

        public RandomValueSource Source { get; }

        public RandomnessSinks Sinks { get; }

        public PerTreeCache<SecurityWords> Words { get; }

        public bool HasRng { get; }
    }

    /// <summary>One code block: destinations are collected as the driver visits them, and reported at the end in source order, once per random value.</summary>
    private sealed class BlockAnalysis
    {
        private readonly State _state;
        private readonly SyntaxTree _tree;
        private readonly List<SecurityDestination> _scratch = [];
        private List<(RandomValue Value, SecurityDestination Destination)>? _found;
        private SecurityWords? _words;

        public BlockAnalysis(State state, SyntaxTree tree)
        {
            _state = state;
            _tree = tree;
        }

        private SecurityWords Words => _words ??= _state.Words.Get(_tree);

        public void OnOperation(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            switch (operation.Kind)
            {
                case OperationKind.VariableDeclarator:
                    OnDeclarator((IVariableDeclaratorOperation)operation);
                    break;
                case OperationKind.SimpleAssignment or OperationKind.CompoundAssignment:
                    OnAssignment((IAssignmentOperation)operation);
                    break;
                case OperationKind.FieldInitializer or OperationKind.PropertyInitializer:
                    OnMemberInitializer(operation);
                    break;
                case OperationKind.Invocation or OperationKind.ObjectCreation:
                    OnCall(operation);
                    break;
                case OperationKind.Return:
                    OnReturn((IReturnOperation)operation, context.ContainingSymbol);
                    break;
            }
        }

        // Every destination first asks whether its value can hold random output at all (the cheap type test of
        // Trace), then whether its name or API is a security one: most operations stop at the first question.
        private void OnDeclarator(IVariableDeclaratorOperation declarator)
        {
            var value = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
            if (value is not null && MayCarry(value) && Words.IsMatch(declarator.Symbol.Name))
            {
                Trace(value, declarator.Symbol.Name);
            }
        }

        private void OnAssignment(IAssignmentOperation assignment)
        {
            if (!MayCarry(assignment.Value))
            {
                return;
            }

            if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: false } target && _state.Sinks.AssignedProperty(target) is { } api)
            {
                Trace(assignment.Value, api);
                return;
            }

            if (SecurityNameOf(assignment.Target) is { } name)
            {
                Trace(assignment.Value, name);
            }
        }

        private void OnMemberInitializer(IOperation initializer)
        {
            var (members, value) = initializer switch
            {
                IFieldInitializerOperation field => (ImmutableArray<ISymbol>.CastUp(field.InitializedFields), field.Value),
                IPropertyInitializerOperation property => (ImmutableArray<ISymbol>.CastUp(property.InitializedProperties), property.Value),
                _ => (ImmutableArray<ISymbol>.Empty, null),
            };
            if (value is null || !MayCarry(value))
            {
                return;
            }

            foreach (var member in members)
            {
                if (Words.IsMatch(member.Name))
                {
                    Trace(value, member.Name);
                    return;
                }
            }
        }

        private void OnCall(IOperation site)
        {
            if (site is IInvocationOperation fill && _state.Source.IsRandomFill(fill))
            {
                // random.NextBytes(salt): the buffer is where the value lands.
                if (SecurityNameOf(RandomValueSource.FilledBuffer(fill)) is { } buffer)
                {
                    Add(new RandomValue(fill, via: null), new SecurityDestination(fill, buffer));
                }

                return;
            }

            _scratch.Clear();
            _state.Sinks.Collect(site, _scratch);
            var arguments = site switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            var method = site switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (_scratch.Count == 0 && method is not null)
            {
                // The application's own method: the parameter's name says what the argument is. Whether the method is the
                // application's is asked only once a parameter's name matches (finding its declarations costs more).
                bool? inSource = null;
                foreach (var argument in arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && Words.IsMatch(parameter.Name))
                    {
                        if (!(inSource ??= !method.DeclaringSyntaxReferences.IsEmpty))
                        {
                            break;
                        }

                        _scratch.Add(new SecurityDestination(argument.Value, parameter.Name));
                    }
                }
            }

            if (_scratch.Count == 0 && site is IInvocationOperation { Instance: { } receiver } append
                && append.TargetMethod.Name is "Append" or "AppendFormat" or "Insert" or "Add" or "AddRange"
                && SecurityNameOf(receiver) is { } receiverName)
            {
                // tokenBuilder.Append(…), codeDigits.Add(…): the receiver is where the value lands.
                foreach (var argument in arguments)
                {
                    _scratch.Add(new SecurityDestination(argument.Value, receiverName));
                }
            }

            for (var i = 0; i < _scratch.Count; i++)
            {
                var destination = _scratch[i];
                Trace(destination.Value, destination.Name);
            }
        }

        private void OnReturn(IReturnOperation operation, ISymbol containing)
        {
            if (operation.ReturnedValue is not { } returned || !MayCarry(returned))
            {
                return;
            }

            // The function the return belongs to: a lambda's result is not the method's.
            string? name = null;
            for (var current = operation.Parent; current is not null && name is null; current = current.Parent)
            {
                switch (current)
                {
                    case IAnonymousFunctionOperation:
                        return;
                    case ILocalFunctionOperation local:
                        name = Words.IsProducerMethod(local.Symbol.Name) ? local.Symbol.Name : string.Empty;
                        break;
                }
            }

            name ??= containing switch
            {
                IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property } => Words.IsMatch(property.Name) ? property.Name : null,
                IMethodSymbol { MethodKind: MethodKind.Ordinary } method => Words.IsProducerMethod(method.Name) ? method.Name : null,
                _ => null,
            };
            if (!string.IsNullOrEmpty(name))
            {
                Trace(returned, name!);
            }
        }

        /// <summary>Only values that can hold random output: numbers, characters, strings, byte and char buffers (not constants).</summary>
        private static bool MayCarry(IOperation value) => !value.ConstantValue.HasValue && RandomValueSource.CanCarry(value.Type);

        private void Trace(IOperation value, string name)
        {
            if (!MayCarry(value))
            {
                return;
            }

            if (ValueFlow<RandomValue>.Find(_state.Source, value, CarrierUse.Stringified) is { } found)
            {
                Add(found, new SecurityDestination(value, name));
            }
        }

        private void Add(RandomValue value, SecurityDestination destination) =>
            (_found ??= []).Add((value, destination));

        public void OnEnd(OperationBlockAnalysisContext context)
        {
            if (_found is null)
            {
                return;
            }

            _found.Sort((x, y) => x.Destination.Value.Syntax.SpanStart.CompareTo(y.Destination.Value.Syntax.SpanStart));
            var reported = new HashSet<SyntaxNode>();
            foreach (var (value, destination) in _found)
            {
                var here = value.Random.Syntax.IsInBlocks(context.OperationBlocks);
                if (!here && value.Via is not null && IsReportedInside(value.Via))
                {
                    continue;
                }

                // Produced here: at the Random call, where the fix goes. Produced in another method or a field's
                // initializer: at the call that brings it, or the value read here, so the diagnostic stays in this member.
                var at = here ? value.Random.Syntax : (value.Via ?? destination.Value).Syntax;
                if (!reported.Add(at))
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string?>.Empty;
                if (here && _state.HasRng && FixKindFor(value.Random) is { } fixKind)
                {
                    properties = properties.Add(DiagnosticProperties.FixKind, fixKind);
                }

                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG307_InsecureRandomness, at.GetLocation(), properties, destination.Name));
            }
        }

        /// <summary>The name of the place a value is stored in (see <see cref="NameOf"/>) when it is a security value's name.</summary>
        private string? SecurityNameOf(IOperation? operation) => NameOf(operation, Words);

        /// <summary>A method named for producing a security value reports its own Random call; its callers do not repeat it.</summary>
        private bool IsReportedInside(IOperation via) => via switch
        {
            IInvocationOperation invocation => Words.IsProducerMethod(invocation.TargetMethod.Name),
            IPropertyReferenceOperation property => Words.IsMatch(property.Property.Name),
            _ => false,
        };

    }

    private static string? FixKindFor(IInvocationOperation invocation)
    {
        // The Random receiver is dropped by the fix: only when that has no side effect.
        var receiver = invocation.Instance is null ? null : CryptoHelpers.Unwrap(invocation.Instance);
        var droppable = receiver is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
            || receiver is IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation }
            || (receiver is IObjectCreationOperation creation && AllArgumentsConstantOrSimple(creation));
        if (!droppable)
        {
            return null;
        }

        var method = invocation.TargetMethod;
        return method.Name switch
        {
            "Next" => KindGetInt32,
            "NextBytes" => KindFill,
            "GetItems" when method.Parameters.Length == 2 && method.ReturnsVoid == false => KindSameName,
            "GetString" or "GetHexString" when method.ReturnType.SpecialType == SpecialType.System_String => KindSameName,
            _ => null, // NextInt64, NextDouble, NextSingle: RandomNumberGenerator has no direct counterpart.
        };
    }

    private static bool AllArgumentsConstantOrSimple(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            var value = CryptoHelpers.Unwrap(argument.Value);
            if (!value.ConstantValue.HasValue && value is not (ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation))
            {
                return false;
            }
        }

        return creation.Initializer is null;
    }

    /// <summary>
    /// The name of the place a value is stored in, when <paramref name="words"/> call it a security value: a local or
    /// parameter, or a field or property of the application (a framework member's name says nothing about this value:
    /// its API does, in <see cref="RandomnessSinks"/>). The name is matched before a member's declarations are looked up.
    /// </summary>
    private static string? NameOf(IOperation? operation, SecurityWords words)
    {
        if (operation is null)
        {
            return null;
        }

        switch (CryptoHelpers.Unwrap(operation))
        {
            case ILocalReferenceOperation local:
                return words.IsMatch(local.Local.Name) ? local.Local.Name : null;
            case IParameterReferenceOperation parameter:
                return words.IsMatch(parameter.Parameter.Name) ? parameter.Parameter.Name : null;
            case IFieldReferenceOperation field:
                return ApplicationMemberName(field.Field, words);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed }:
                return NameOf(indexed, words);
            case IPropertyReferenceOperation property:
                return ApplicationMemberName(property.Property, words);
            case IArrayElementReferenceOperation element:
                return NameOf(element.ArrayReference, words);
            case IInvocationOperation { Instance: { } instance } call when call.TargetMethod.Name is "AsSpan":
                return NameOf(instance, words);
            default:
                return null;
        }
    }

    private static string? ApplicationMemberName(ISymbol member, SecurityWords words) =>
        words.IsMatch(member.Name) && !member.DeclaringSyntaxReferences.IsEmpty ? member.Name : null;
}
