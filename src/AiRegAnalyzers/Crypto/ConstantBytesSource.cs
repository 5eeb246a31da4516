namespace AiRegAnalyzers.Crypto;

/// <summary>
/// Bytes fixed at compile time, as a source of the flow core (AIREG305 keys, IVs and nonces,
/// AIREG306 salts): an array of constants, a zero-filled <c>new byte[16]</c>, a collection
/// expression of constants, a UTF-8 string literal, <c>Encoding.*.GetBytes("literal")</c>,
/// <c>Convert.FromBase64String("literal")</c> / <c>FromHexString</c>. The core finds them through
/// locals (the last write before the use; a fill such as <c>rng.GetBytes(iv)</c> is a write), fields
/// and properties that their type writes only with constants (a <c>static readonly</c> array nothing
/// fills is a constant, zero-filled or not), and the application's methods that return one.
/// </summary>
internal sealed class ConstantBytesSource : IValueSource<IOperation>
{
    /// <summary><c>OperationKind.CollectionExpression</c> (Roslyn 4.9+).</summary>
    private const OperationKind CollectionExpressionKind = (OperationKind)127;

    public static readonly ConstantBytesSource Instance = new();

    private ConstantBytesSource()
    {
    }

    public bool FollowsMemberWrites => true;

    public IValueSource<IOperation> Summarized => this;

    /// <summary>Whether <paramref name="value"/> is fixed at compile time.</summary>
    public static bool IsConstant(IOperation value) => ValueFlow<IOperation>.Find(Instance, value, CarrierUse.Stringified) is not null;

    public Traced<IOperation> Inspect(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow)
    {
        switch (operation)
        {
            case IArrayCreationOperation { Initializer: null } zeroFilled:
                return Verdict(operation, zeroFilled.DimensionSizes.Length == 1 && zeroFilled.DimensionSizes[0].ConstantValue.HasValue);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return Verdict(operation, AllConstant(initializer.ElementValues));
            case { Kind: CollectionExpressionKind }:
                return Verdict(operation, AllConstant(operation.ChildOperations));
            case IUtf8StringOperation:
                return Traced<IOperation>.Found(operation);
            case IInvocationOperation invocation when IsProducer(invocation.TargetMethod.Name):
                return Verdict(operation, IsConstantProducer(invocation));
            case ILiteralOperation or IDefaultValueOperation:
                return Traced<IOperation>.Clean;
            default:
                return operation.ConstantValue.HasValue ? Traced<IOperation>.Clean : Traced<IOperation>.Unknown;
        }
    }

    public Traced<IOperation> Leaf(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow) => Traced<IOperation>.Unknown;

    public IOperation AtCall(IOperation found, IOperation call) => found;

    private static Traced<IOperation> Verdict(IOperation operation, bool constant) =>
        constant ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Stop;

    private static bool AllConstant(System.Collections.Generic.IEnumerable<IOperation> elements)
    {
        var any = false;
        foreach (var element in elements)
        {
            if (!element.ConstantValue.HasValue)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsProducer(string name) => name is "GetBytes" or "FromBase64String" or "FromHexString" or "ToArray";

    private static bool IsConstantProducer(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "GetBytes":
                return invocation.Arguments.Length == 1
                    && IsEncoding(method.ContainingType)
                    && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string };
            case "FromBase64String":
            case "FromHexString":
                return invocation.Arguments.Length == 1
                    && method.ContainingType is { Name: "Convert", ContainingNamespace.Name: "System" }
                    && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string };
            default:
                return invocation.Instance is { } instance && CryptoHelpers.Unwrap(instance) is IUtf8StringOperation;
        }
    }

    private static bool IsEncoding(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Encoding" && current.ContainingNamespace.IsNamespace("System.Text"))
            {
                return true;
            }
        }

        return false;
    }
}
