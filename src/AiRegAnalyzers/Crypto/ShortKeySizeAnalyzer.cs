using System;
using System.Collections.Immutable;
using System.Globalization;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG304: constant RSA/DSA key sizes below <c>aireg.min_rsa_key_size</c> (constructor
/// <c>keySize</c>/<c>dwKeySize</c> argument, <c>RSA.Create(n)</c>, <c>DSA.Create(n)</c>,
/// <c>KeySize = n</c>) and elliptic curves below <c>aireg.min_ec_key_size</c>
/// (<c>ECCurve.NamedCurves.brainpoolP160r1</c>..<c>P224t1</c>, <c>ECCurve.CreateFromFriendlyName/CreateFromValue</c>
/// with a small curve, <c>KeySize = n</c> or constructor <c>keySize</c> on ECDsa / ECDiffieHellman).
/// Only constant sizes are judged: sizes from configuration are not flagged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShortKeySizeAnalyzer : DiagnosticAnalyzer
{
    internal const string KindNumber = nameof(FixKind.Number);
    internal const string KindCurveName = nameof(FixKind.CurveName);
    internal const string KindNamedCurve = nameof(FixKind.NamedCurve);

    private const string RuleId = RuleIds.ShortKeySize;

    /// <summary>Minimum RSA and DSA key size in bits.</summary>
    internal static readonly IntOption MinRsaKeySize = new("min_rsa_key_size", 2048);

    /// <summary>Minimum elliptic-curve size in bits.</summary>
    internal static readonly IntOption MinEcKeySize = new("min_ec_key_size", 256);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG304_ShortKeySize);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var asymmetric = compilation.GetTypeByMetadataName("System.Security.Cryptography.AsymmetricAlgorithm");
        if (asymmetric is null)
        {
            return;
        }

        var types = new Types(
            compilation.GetTypeByMetadataName("System.Security.Cryptography.RSA"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.DSA"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.DSACryptoServiceProvider"),
            CryptoHelpers.Resolve(compilation, "System.Security.Cryptography.ECDsa", "System.Security.Cryptography.ECDiffieHellman"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.ECCurve"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.ECCurve+NamedCurves"));
        var options = new PerTreeCache<Settings>(context.Options, o => new Settings(MinRsaKeySize.Read(o, RuleId), MinEcKeySize.Read(o, RuleId), CryptoProfile.Option.Read(o)));

        context.RegisterOperationAction(c => AnalyzeCreation(c, types, options), OperationKind.ObjectCreation);
        context.RegisterOperationAction(c => AnalyzeInvocation(c, types, options), OperationKind.Invocation);
        context.RegisterOperationAction(c => AnalyzeAssignment(c, types, options), OperationKind.SimpleAssignment);
        if (types.NamedCurves is not null)
        {
            context.RegisterOperationAction(c => AnalyzeNamedCurve(c, types, options), OperationKind.PropertyReference);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is { Type.SpecialType: SpecialType.System_Int32 } parameter
                && parameter.Name.IndexOf("keysize", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                var family = types.FamilyOf(creation.Type);
                if (family != Family.None)
                {
                    Check(context, argument.Value, family, creation.Type!, types, options);
                }

                return;
            }
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic)
        {
            return;
        }

        if (method.Name == "Create" && invocation.Arguments.Length == 1
            && invocation.Arguments[0].Parameter is { Type.SpecialType: SpecialType.System_Int32 })
        {
            var family = types.FamilyOf(method.ContainingType);
            if (family != Family.None)
            {
                Check(context, invocation.Arguments[0].Value, family, method.ContainingType, types, options);
            }
        }
        else if (method.Name is "CreateFromFriendlyName" or "CreateFromValue" or "CreateFromOid"
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.ECCurve)
            && invocation.Arguments.Length == 1
            && CryptoHelpers.ConstantString(invocation.Arguments[0].Value) is { } name
            && CurveSize(name) is { } bits)
        {
            var settings = options.Get(invocation.Syntax.SyntaxTree);
            var minimum = settings.MinEc;
            if (bits < minimum)
            {
                var replacement = minimum <= 256 ? "nistP256" : minimum <= 384 ? "nistP384" : minimum <= 521 ? "nistP521" : null;
                Report(context, invocation.Arguments[0].Value.Syntax, "EC", bits, minimum, replacement is null ? null : KindCurveName, replacement, settings.Profile);
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "KeySize", Instance: { } instance })
        {
            var family = types.FamilyOf(instance.Type);
            if (family != Family.None)
            {
                Check(context, assignment.Value, family, instance.Type!, types, options);
            }
        }
    }

    private static void AnalyzeNamedCurve(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        var property = reference.Property;
        if (!property.IsStatic
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, types.NamedCurves)
            || CurveSize(property.Name) is not { } bits)
        {
            return;
        }

        var settings = options.Get(reference.Syntax.SyntaxTree);
        var minimum = settings.MinEc;
        if (bits >= minimum)
        {
            return;
        }

        // Keep the family (and the brainpool r1/t1 variant); pick the smallest size that meets the minimum.
        string? replacement;
        if (property.Name.StartsWith("brainpoolP", StringComparison.Ordinal))
        {
            var size = minimum <= 256 ? "256" : minimum <= 320 ? "320" : minimum <= 384 ? "384" : minimum <= 512 ? "512" : null;
            replacement = size is null ? null : "brainpoolP" + size + property.Name.Substring(property.Name.Length - 2);
        }
        else
        {
            replacement = minimum <= 256 ? "nistP256" : minimum <= 384 ? "nistP384" : minimum <= 521 ? "nistP521" : null;
        }
        Report(context, reference.Syntax, "EC", bits, minimum, replacement is null ? null : KindNamedCurve, replacement, settings.Profile);
    }

    private static void Check(OperationAnalysisContext context, IOperation value, Family family, ITypeSymbol type, Types types, PerTreeCache<Settings> options)
    {
        if (CryptoHelpers.ConstantInt(value) is not { } bits || bits <= 0)
        {
            return;
        }

        var settings = options.Get(value.Syntax.SyntaxTree);
        var minimum = family == Family.Ec ? settings.MinEc : settings.MinRsa;
        if (bits >= minimum)
        {
            return;
        }

        string? replacement;
        if (family == Family.Ec)
        {
            // Platform EC implementations accept the NIST sizes only.
            var size = minimum <= 256 ? 256 : minimum <= 384 ? 384 : minimum <= 521 ? 521 : 0;
            replacement = size == 0 ? null : size.ToString(CultureInfo.InvariantCulture);
        }
        else if (family == Family.Dsa && (CryptoHelpers.IsOrDerivesFrom(type, types.DsaCsp) || minimum > 3072))
        {
            // DSACryptoServiceProvider stops at 1024 bits and Windows DSA at 3072: raising it would throw.
            replacement = null;
        }
        else
        {
            var rounded = (minimum + 7) / 8 * 8;
            replacement = rounded.ToString(CultureInfo.InvariantCulture);
        }

        var name = family switch
        {
            Family.Rsa => "RSA",
            Family.Dsa => "DSA",
            _ => "EC",
        };
        Report(context, value.Syntax, name, bits, minimum, replacement is null ? null : KindNumber, replacement, settings.Profile);
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string algorithm, int bits, int minimum, string? fixKind, string? replacement, CryptoProfile profile)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (fixKind is not null && replacement is not null)
        {
            properties = properties.Add(DiagnosticProperties.FixKind, fixKind).Add(DiagnosticProperties.Value, replacement);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG304_ShortKeySize,
            syntax.GetLocation(),
            properties,
            algorithm,
            bits.ToString(CultureInfo.InvariantCulture),
            minimum.ToString(CultureInfo.InvariantCulture),
            profile.AsymmetricKeyAdvice));
    }

    /// <summary>Size in bits of a named curve (friendly name, OID or NamedCurves member); null for unknown names.</summary>
    internal static int? CurveSize(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        if (upper.StartsWith("BRAINPOOLP", StringComparison.Ordinal))
        {
            var digits = 0;
            var size = 0;
            for (var i = "BRAINPOOLP".Length; i < upper.Length && char.IsDigit(upper[i]); i++, digits++)
            {
                size = (size * 10) + (upper[i] - '0');
            }

            return digits > 0 ? size : null;
        }

        switch (upper)
        {
            case "SECP160R1":
            case "SECP160R2":
            case "SECP160K1":
            case "1.3.132.0.8":
                return 160;
            case "SECP192R1":
            case "SECP192K1":
            case "PRIME192V1":
            case "NISTP192":
            case "P-192":
            case "1.2.840.10045.3.1.1":
                return 192;
            case "SECP224R1":
            case "SECP224K1":
            case "NISTP224":
            case "P-224":
            case "1.3.132.0.33":
                return 224;
            case "SECP256R1":
            case "SECP256K1":
            case "PRIME256V1":
            case "NISTP256":
            case "ECDSA_P256":
            case "ECDH_P256":
            case "P-256":
            case "1.2.840.10045.3.1.7":
                return 256;
            case "SECP384R1":
            case "NISTP384":
            case "ECDSA_P384":
            case "ECDH_P384":
            case "P-384":
            case "1.3.132.0.34":
                return 384;
            case "SECP521R1":
            case "NISTP521":
            case "ECDSA_P521":
            case "ECDH_P521":
            case "P-521":
            case "1.3.132.0.35":
                return 521;
            default:
                return null;
        }
    }

    private enum Family
    {
        None,
        Rsa,
        Dsa,
        Ec,
    }

    private sealed class Settings
    {
        public Settings(int minRsa, int minEc, CryptoProfile profile)
        {
            Profile = profile;
            MinRsa = minRsa;
            MinEc = minEc;
        }

        public int MinRsa { get; }

        public int MinEc { get; }

        public CryptoProfile Profile { get; }
    }

    private sealed class Types
    {
        public Types(INamedTypeSymbol? rsa, INamedTypeSymbol? dsa, INamedTypeSymbol? dsaCsp, ImmutableArray<INamedTypeSymbol> ec, INamedTypeSymbol? ecCurve, INamedTypeSymbol? namedCurves)
        {
            Rsa = rsa;
            Dsa = dsa;
            DsaCsp = dsaCsp;
            Ec = ec;
            ECCurve = ecCurve;
            NamedCurves = namedCurves;
        }

        public INamedTypeSymbol? Rsa { get; }

        public INamedTypeSymbol? Dsa { get; }

        public INamedTypeSymbol? DsaCsp { get; }

        public ImmutableArray<INamedTypeSymbol> Ec { get; }

        public INamedTypeSymbol? ECCurve { get; }

        public INamedTypeSymbol? NamedCurves { get; }

        public Family FamilyOf(ITypeSymbol? type)
        {
            if (type is null)
            {
                return Family.None;
            }

            if (CryptoHelpers.IsOrDerivesFrom(type, Rsa))
            {
                return Family.Rsa;
            }

            if (CryptoHelpers.IsOrDerivesFrom(type, Dsa))
            {
                return Family.Dsa;
            }

            return CryptoHelpers.FindRoot(type, Ec) is null ? Family.None : Family.Ec;
        }
    }
}
