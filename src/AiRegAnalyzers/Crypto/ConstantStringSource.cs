namespace AiRegAnalyzers.Crypto;

/// <summary>
/// A string fixed at compile time, as a source of the flow core: an algorithm name handed to a
/// by-name factory (<c>CryptoConfig.CreateFromName(name)</c>, <c>HashAlgorithm.Create(name)</c>) through
/// a local, a field its type writes only with a constant, a parameter's default value, or a method of
/// the application that returns one. A concatenation or interpolation with anything that is not a
/// constant is not a constant, so the trail stops there.
/// </summary>
internal sealed class ConstantStringSource : IValueSource<string>
{
    public static readonly ConstantStringSource Instance = new();

    private ConstantStringSource()
    {
    }

    public bool FollowsMemberWrites => true;

    public IValueSource<string> Summarized => this;

    /// <summary>The constant text <paramref name="value"/> holds, or <see langword="null"/>.</summary>
    public static string? Find(IOperation? value) =>
        CryptoHelpers.ConstantString(value) ?? ValueFlow<string>.Find(Instance, value, CarrierUse.Stringified);

    public Traced<string> Inspect(IOperation operation, CarrierUse use, ValueFlow<string> flow)
    {
        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value is string text ? Traced<string>.Found(text) : Traced<string>.Clean;
        }

        return operation switch
        {
            // string Hash(byte[] data, string algorithm = "MD5"): what callers get when they pass nothing.
            IParameterReferenceOperation { Parameter: { HasExplicitDefaultValue: true, ExplicitDefaultValue: string text } } => Traced<string>.Found(text),
            IBinaryOperation or IInterpolatedStringOperation => Traced<string>.Stop,
            _ => Traced<string>.Unknown,
        };
    }

    public Traced<string> Leaf(IOperation operation, CarrierUse use, ValueFlow<string> flow) => Traced<string>.Unknown;

    public string AtCall(string found, IOperation call) => found;
}
