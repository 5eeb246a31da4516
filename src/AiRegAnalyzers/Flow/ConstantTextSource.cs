using System.Globalization;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// Text fixed at compile time, as a source of the flow core (secrets for AIREG501/AIREG502, algorithm
/// and curve names for the crypto rules): a string literal,
/// and what is built from constants by concatenation, interpolation, <c>string.Format</c> and
/// <c>string.Concat</c> (unknown parts become <see cref="ConstantText.Hole"/>s). The core finds it
/// through locals, <c>const</c> and <c>static readonly</c> fields and properties that their type writes
/// only with constants, getters and the application's methods that return one (method summaries),
/// <c>?:</c> and <c>??</c>; the text-to-bytes calls of key APIs (<c>Encoding.GetBytes</c>,
/// <c>Convert.FromBase64String</c>, ...) keep it.
/// </summary>
internal sealed class ConstantTextSource : IValueSource<ConstantText>
{
    /// <summary><c>OperationKind.CollectionExpression</c> (Roslyn 4.9+).</summary>
    private const OperationKind CollectionExpressionKind = (OperationKind)127;

    public static readonly ConstantTextSource Instance = new();

    private ConstantTextSource()
    {
    }

    public bool FollowsMemberWrites => true;

    public IValueSource<ConstantText> Summarized => this;

    /// <summary>The constant text <paramref name="value"/> comes from, or <see langword="null"/>.</summary>
    public static ConstantText? Find(IOperation value) => ValueFlow<ConstantText>.Find(Instance, value, CarrierUse.Stringified);

    /// <summary>
    /// The whole text of a name argument (<c>HashAlgorithm.Create(name)</c>), or <see langword="null"/> when any part
    /// is unknown; a parameter with a default value stands for what callers get when they pass nothing.
    /// </summary>
    public static string? FindName(IOperation? value) => value switch
    {
        null => null,
        { ConstantValue: { HasValue: true, Value: var constant } } => constant as string,
        IParameterReferenceOperation { Parameter: { HasExplicitDefaultValue: true, ExplicitDefaultValue: string text } } => text,
        _ => Find(value) is { IsWhole: true } found ? found.Text : null,
    };

    public Traced<ConstantText> Inspect(IOperation operation, CarrierUse use, ValueFlow<ConstantText> flow)
    {
        switch (operation)
        {
            case ILiteralOperation literal:
                return literal.ConstantValue.Value is string text ? Traced<ConstantText>.Found(ConstantText.Of(text, literal)) : Traced<ConstantText>.Clean;
            case IInterpolatedStringOperation interpolated:
                var builder = new ConstantText.Builder();
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation { Text: { } partText }:
                            Add(builder, partText, flow);
                            break;
                        case IInterpolationOperation hole:
                            Add(builder, hole.Expression, flow);
                            break;
                        default:
                            builder.AddHole();
                            break;
                    }
                }

                return Built(builder);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary:
                var joined = new ConstantText.Builder();
                Add(joined, binary.LeftOperand, flow);
                Add(joined, binary.RightOperand, flow);
                return Built(joined);
            case IInvocationOperation { TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, IsStatic: true } method } invocation:
                return method.Name switch
                {
                    "Format" => Format(invocation, flow),
                    "Concat" => Concat(invocation, flow),
                    _ => Traced<ConstantText>.Stop,
                };
            case IInvocationOperation { Arguments.Length: 1 } decode when IsTextToBytes(decode.TargetMethod):
                // Convert.FromBase64String("…"): the key is the text.
                return flow.Follow(decode.Arguments[0].Value, use);
            case IDefaultValueOperation:
                return Traced<ConstantText>.Clean;
            default:
                return operation.ConstantValue.HasValue && operation.ConstantValue.Value is not string ? Traced<ConstantText>.Clean : Traced<ConstantText>.Unknown;
        }
    }

    /// <summary>A library's constant (<c>SomeLibrary.DefaultPassword</c>): its text counts, but there is no literal of the application's to report.</summary>
    public Traced<ConstantText> Leaf(IOperation operation, CarrierUse use, ValueFlow<ConstantText> flow) =>
        operation.ConstantValue is { HasValue: true, Value: string text } ? Traced<ConstantText>.Found(ConstantText.Of(text, null)) : Traced<ConstantText>.Unknown;

    public ConstantText AtCall(ConstantText found, IOperation call) => found;

    private static Traced<ConstantText> Built(ConstantText.Builder builder) =>
        builder.AnyKnown ? Traced<ConstantText>.Found(builder.Build()) : Traced<ConstantText>.Stop;

    private static void Add(ConstantText.Builder builder, IOperation part, ValueFlow<ConstantText> flow)
    {
        if (part.ConstantValue is { HasValue: true, Value: not string and not null } constant)
        {
            // $"Port={5432}": numbers and other constants as the runtime formats them (invariantly enough for keys and passwords).
            builder.AddText(System.Convert.ToString(constant.Value, CultureInfo.InvariantCulture) ?? string.Empty);
            return;
        }

        var traced = flow.Follow(part, CarrierUse.Stringified);
        if (traced.IsFound)
        {
            builder.Add(traced.Source!);
        }
        else
        {
            builder.AddHole();
        }
    }

    private static Traced<ConstantText> Concat(IInvocationOperation invocation, ValueFlow<ConstantText> flow)
    {
        var builder = new ConstantText.Builder();
        foreach (var value in Values(invocation, all: true))
        {
            Add(builder, value, flow);
        }

        return Built(builder);
    }

    /// <summary><c>string.Format(format, args)</c>: the format's text with each <c>{n}</c> replaced by argument n.</summary>
    private static Traced<ConstantText> Format(IInvocationOperation invocation, ValueFlow<ConstantText> flow)
    {
        IOperation? formatValue = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "format")
            {
                formatValue = argument.Value;
            }
        }

        if (formatValue is null || flow.Follow(formatValue, CarrierUse.Stringified) is not { IsFound: true } traced)
        {
            return Traced<ConstantText>.Stop;
        }

        var format = traced.Source!;
        var values = Values(invocation, all: false);
        var builder = new ConstantText.Builder();
        var text = format.Text;
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                // "{{" and "}}" are one brace.
                builder.Add(format.Slice(run, i + 1 - run));
                run = i + 2;
                i++;
                continue;
            }

            if (c != '{')
            {
                continue;
            }

            var close = text.IndexOf('}', i);
            var end = close;
            for (var j = i + 1; j < close; j++)
            {
                if (text[j] is ',' or ':')
                {
                    end = j;
                    break;
                }
            }

            if (close < 0 || !int.TryParse(text.Substring(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                continue;
            }

            builder.Add(format.Slice(run, i - run));
            if (index < values.Count)
            {
                Add(builder, values[index], flow);
            }
            else
            {
                builder.AddHole();
            }

            run = close + 1;
            i = close;
        }

        builder.Add(format.Slice(run, text.Length - run));
        return Built(builder);
    }

    /// <summary>The values formatted or joined: <c>arg0</c>..., or the elements of a <c>params</c> array (all arguments for <c>Concat</c>).</summary>
    private static List<IOperation> Values(IInvocationOperation invocation, bool all)
    {
        var values = new List<IOperation>(invocation.Arguments.Length);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || (!all && !parameter.Name.StartsWith("arg", System.StringComparison.Ordinal)))
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                values.AddRange(initializer.ElementValues);
            }
            else if (argument.Value.Kind == CollectionExpressionKind)
            {
                // params ReadOnlySpan<object?> (.NET 9+): the compiler passes the arguments as a collection.
                values.AddRange(argument.Value.ChildOperations);
            }
            else if (argument.ArgumentKind != ArgumentKind.ParamArray && parameter.Type is IArrayTypeSymbol)
            {
                // Concat(string[] values) given an array variable: its parts are not known here.
                return [];
            }
            else
            {
                values.Add(argument.Value);
            }
        }

        return values;
    }

    /// <summary>A library call that turns key text into key bytes: <c>Convert.FromBase64String</c>, <c>FromHexString</c>, <c>Base64UrlEncoder.DecodeBytes</c>, <c>WebEncoders.Base64UrlDecode</c>.</summary>
    private static bool IsTextToBytes(IMethodSymbol method) =>
        method.Name is "FromBase64String" or "FromHexString" or "DecodeBytes" or "Base64UrlDecode"
        && method.DeclaringSyntaxReferences.IsEmpty;
}
