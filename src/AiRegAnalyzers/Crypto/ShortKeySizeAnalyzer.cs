using System.Globalization;

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
public sealed class ShortKeySizeAnalyzer() : AiRegAnalyzer(Descriptors.AIREG304_ShortKeySize)
{
    internal const string KindNumber = nameof(FixKind.Number);
    internal const string KindCurveName = nameof(FixKind.CurveName);
    internal const string KindNamedCurve = nameof(FixKind.NamedCurve);
    internal const string KindSizeInConstructor = nameof(FixKind.SizeInConstructor);

    /// <summary>The 1024-bit key the CAPI classes (and .NET Framework's <c>RSA.Create()</c>) make when given no size.</summary>
    private const int DefaultCapiBits = 1024;

    /// <summary>The largest key <c>RSACryptoServiceProvider</c> accepts.</summary>
    private const int MaxRsaCspBits = 16384;

    private const string RuleId = RuleIds.ShortKeySize;

    /// <summary>Minimum RSA and DSA key size in bits.</summary>
    internal static readonly IntOption MinRsaKeySize = new("min_rsa_key_size", 2048);

    /// <summary>Minimum elliptic-curve size in bits.</summary>
    internal static readonly IntOption MinEcKeySize = new("min_ec_key_size", 256);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var asymmetric = compilation.GetTypeByMetadataName("System.Security.Cryptography.AsymmetricAlgorithm");
        var bouncyCastle = BouncyCastleTypes.Get(compilation);
        if (asymmetric is null && bouncyCastle is null)
        {
            return;
        }

        // The CAPI types sit beside RSA (System.Security.Cryptography, netstandard or mscorlib): look there first.
        var rsa = compilation.GetTypeByMetadataName("System.Security.Cryptography.RSA");
        var types = new Types(
            rsa,
            compilation.GetTypeByMetadataName("System.Security.Cryptography.DSA"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.DSACryptoServiceProvider"),
            rsa?.ContainingAssembly.GetTypeByMetadataName("System.Security.Cryptography.RSACryptoServiceProvider") ?? compilation.GetTypeByMetadataName("System.Security.Cryptography.RSACryptoServiceProvider"),
            rsa?.ContainingAssembly.GetTypeByMetadataName("System.Security.Cryptography.CspParameters") ?? compilation.GetTypeByMetadataName("System.Security.Cryptography.CspParameters"),
            compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.Name == "mscorlib",
            bouncyCastle,
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
        if (types.BouncyCastle?.KeySizeArgument(creation) is { } sized)
        {
            // new RsaKeyGenerationParameters(e, random, 1024, 80), new DsaParameterGenerationParameters(1024, 160, 80, random).
            // DSA's L goes with its N (224 or 256 bits for 2048): raising L alone would not run, so DSA gets no fix.
            Check(context, sized.Argument.Value, sized.IsRsa ? Family.Rsa : Family.Dsa, creation.Type!, types, options, fixable: sized.IsRsa);
            return;
        }

        // Most creations are of no RSA, DSA or EC type: decided from the (cached) type before any argument is built.
        var family = types.FamilyOf(creation.Type);
        if (family == Family.None && types.CspOf(creation.Type) is null)
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (IsKeySizeParameter(argument.Parameter))
            {
                if (family != Family.None)
                {
                    Check(context, argument.Value, family, creation.Type!, types, options);
                }

                return;
            }
        }

        if (creation.Arguments.Length <= 1 && types.CspOf(creation.Type) is { } csp && IsDefaultCspCreation(creation, types) && !SetsKeySize(creation.Initializer))
        {
            CheckDefaultKey(context, creation, SymbolEqualityComparer.Default.Equals(csp, types.RsaCsp) ? Family.Rsa : Family.Dsa, "new " + creation.Type!.Name + (creation.Arguments.Length == 0 ? "()" : "(CspParameters)"), options, sizeFitsConstructor: true);
        }
    }

    private static bool SetsKeySize(IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is not null)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "KeySize" } })
                {
                    return true; // reported at the KeySize, which does nothing on these classes
                }
            }
        }

        return false;
    }

    private static bool IsKeySizeParameter(IParameterSymbol? parameter) =>
        parameter is { Type.SpecialType: SpecialType.System_Int32 } && parameter.Name.IndexOf("keysize", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// A CAPI object made without a size, which generates a 1024-bit key: no arguments, or a fresh
    /// <c>new CspParameters()</c> that names no key container (a named container holds a key of its own).
    /// </summary>
    private static bool IsDefaultCspCreation(IObjectCreationOperation creation, Types types)
    {
        if (creation.Arguments.Length == 0)
        {
            return true;
        }

        if (creation.Arguments.Length != 1
            || CryptoHelpers.Unwrap(creation.Arguments[0].Value) is not IObjectCreationOperation parameters
            || !SymbolEqualityComparer.Default.Equals(parameters.Type, types.CspParameters))
        {
            return false;
        }

        foreach (var argument in parameters.Arguments)
        {
            if (argument.Parameter?.Name == "keyContainerName")
            {
                return false;
            }
        }

        if (parameters.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "KeyContainerName" } or IFieldReferenceOperation { Field.Name: "KeyContainerName" } })
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A key of the platform's default size (1024 bits for the CAPI classes, and for <c>RSA.Create()</c> /
    /// <c>DSA.Create()</c> on .NET Framework), reported only when the method then uses the key it generated:
    /// an object that imports a key (<c>FromXmlString</c>, <c>ImportParameters</c>, <c>ImportFromPem</c>...) has
    /// that key's size, and one that leaves the method may be given a key elsewhere.
    /// </summary>
    private static void CheckDefaultKey(OperationAnalysisContext context, IOperation creation, Family family, string what, PerTreeCache<Settings> options, bool sizeFitsConstructor = false)
    {
        var settings = options.Get(creation.Syntax.SyntaxTree);
        if (DefaultCapiBits >= settings.MinRsa || !GeneratesKeyInPlace(creation))
        {
            return;
        }

        var name = family == Family.Rsa ? "RSA" : "DSA";
        var suffix = Resources.Localizable("Crypto_DefaultKeySize", what, DefaultCapiBits.ToString(CultureInfo.InvariantCulture), Advice(family, settings.Profile));
        var size = sizeFitsConstructor ? ConstructorSize(family, null, settings.MinRsa) : null;
        Report(context, creation.Syntax, name, DefaultCapiBits, settings.MinRsa, size is null ? null : KindSizeInConstructor, size, suffix);
    }

    /// <summary>
    /// The size an <c>RSACryptoServiceProvider</c> constructor is given by the fix: the size the code set
    /// (when it meets the minimum) or the minimum rounded up to a multiple of 8; <see langword="null"/> for
    /// DSA (<c>DSACryptoServiceProvider</c> stops at 1024 bits: no size that meets the minimum would run).
    /// </summary>
    private static string? ConstructorSize(Family family, int? requested, int minimum)
    {
        var rounded = (minimum + 7) / 8 * 8;
        var bits = requested is { } set && set >= minimum ? set : rounded;
        return family == Family.Rsa && bits <= MaxRsaCspBits ? bits.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whether the object, held in a local, has its generated key used there and is neither given a key nor handed on.</summary>
    private static bool GeneratesKeyInPlace(IOperation creation)
    {
        if (creation.Parent.WalkUpConversions() is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } })
        {
            return false;
        }

        var usesKey = false;
        foreach (var operation in creation.Root().Descendants())
        {
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            switch (reference.Parent.WalkUpConversions())
            {
                case IInvocationOperation { Instance: { } instance } invocation when CryptoHelpers.Unwrap(instance) == reference:
                    var method = invocation.TargetMethod.Name;
                    if (method.StartsWith("Import", StringComparison.Ordinal) || method == "FromXmlString")
                    {
                        return false;
                    }

                    usesKey |= method != "Dispose" && method != "Clear";
                    break;
                case IPropertyReferenceOperation { Property.Name: "KeySize" } keySize when keySize.Parent is ISimpleAssignmentOperation assignment && assignment.Target == keySize:
                    return false; // reported at the KeySize assignment
                case IPropertyReferenceOperation or IUsingOperation:
                    break;
                default:
                    return false; // an argument, a return, a copy: the key may come from elsewhere
            }
        }

        return usesKey;
    }

    private static object Advice(Family family, CryptoProfile profile) =>
        family == Family.Dsa ? Resources.Localizable("Crypto_DsaNotApproved", profile.AsymmetricKeyAdvice) : profile.AsymmetricKeyAdvice;

    private static void AnalyzeInvocation(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (types.BouncyCastle is { } bouncyCastle && AnalyzeBouncyCastle(context, invocation, bouncyCastle, types, options))
        {
            return;
        }

        if (!method.IsStatic)
        {
            return;
        }

        if (method.Name == "Create" && invocation.Arguments.Length == 0 && types.IsNetFramework)
        {
            var family = types.FamilyOf(method.ContainingType);
            if (family is Family.Rsa or Family.Dsa && (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Rsa) || SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Dsa)))
            {
                CheckDefaultKey(context, invocation, family, method.ContainingType.Name + ".Create()", options);
            }
        }
        else if (method.Name == "Create" && invocation.Arguments.Length == 1
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

    /// <summary>
    /// BouncyCastle: <c>DHParametersGenerator/DsaParametersGenerator/ElGamalParametersGenerator.Init(size, certainty, random)</c>
    /// and the named-curve tables (<c>SecNamedCurves</c>, <c>X962NamedCurves</c>, <c>TeleTrusTNamedCurves</c>,
    /// <c>NistNamedCurves</c>, <c>ECNamedCurveTable</c>, <c>CustomNamedCurves</c>) asked for a small curve by a constant
    /// name (also through a local or field). Returns whether the call was one of them.
    /// </summary>
    private static bool AnalyzeBouncyCastle(OperationAnalysisContext context, IInvocationOperation invocation, BouncyCastleTypes bouncyCastle, Types types, PerTreeCache<Settings> options)
    {
        if (bouncyCastle.GeneratorSizeArgument(invocation) is { } sized)
        {
            // Finite-field DH and ElGamal sizes are judged like RSA (NIST SP 800-57); legacy DSA parameters stop at 1024 bits: no fix.
            var family = sized.CanRaise ? Family.Rsa : Family.Dsa;
            Check(context, sized.Argument.Value, family, invocation.TargetMethod.ContainingType, types, options, fixable: sized.CanRaise, algorithm: sized.Name);
            return true;
        }

        if (invocation.TargetMethod is not { IsStatic: true, Name: "GetByName" or "GetByNameLazy" } method
            || invocation.Arguments.Length != 1
            || !CryptoHelpers.IsAny(method.ContainingType, bouncyCastle.CurveTables))
        {
            return false;
        }

        var value = invocation.Arguments[0].Value;
        if (ConstantTextSource.FindName(value) is { } name && CurveSize(name) is { } bits)
        {
            var settings = options.Get(invocation.Syntax.SyntaxTree);
            var minimum = settings.MinEc;
            if (bits < minimum)
            {
                var replacement = BouncyCastleCurve(method.ContainingType.Name, name, minimum);
                Report(context, value.Syntax, "EC", bits, minimum, replacement is null ? null : KindCurveName, replacement, settings.Profile);
            }
        }

        return true;
    }

    /// <summary>The smallest curve of the table's own naming that meets the minimum (the tables know different names).</summary>
    private static string? BouncyCastleCurve(string table, string weak, int minimum)
    {
        if (weak.Trim().StartsWith("brainpoolP", StringComparison.OrdinalIgnoreCase))
        {
            var size = minimum <= 256 ? "256" : minimum <= 320 ? "320" : minimum <= 384 ? "384" : minimum <= 512 ? "512" : null;
            var trimmed = weak.Trim();
            return size is null ? null : "brainpoolP" + size + trimmed.Substring(trimmed.Length - 2);
        }

        var bits = minimum <= 256 ? "256" : minimum <= 384 ? "384" : minimum <= 521 ? "521" : null;
        return bits is null ? null : table switch
        {
            "NistNamedCurves" => "P-" + bits,
            "X962NamedCurves" => bits == "256" ? "prime256v1" : null,
            "TeleTrusTNamedCurves" => null,
            _ => "secp" + bits + "r1",
        };
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "KeySize", Instance: { } instance })
        {
            var family = types.FamilyOf(instance.Type);
            if (family == Family.None)
            {
                return;
            }

            if (CreationOf(instance) is { } creation && DefaultKeyOf(creation, types) is { } what)
            {
                // The key was sized by its constructor or factory; setting KeySize afterwards does nothing.
                CheckIgnoredKeySize(context, assignment, what, family, options, creation is IObjectCreationOperation);
                return;
            }

            Check(context, assignment.Value, family, instance.Type!, types, options);
        }
    }

    /// <summary>The creation of the object a <c>KeySize</c> is set on: the object initializer's, or a local's initial value.</summary>
    private static IOperation? CreationOf(IOperation instance)
    {
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
        {
            for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IObjectCreationOperation creation)
                {
                    return creation;
                }
            }

            return null;
        }

        if (CryptoHelpers.Unwrap(instance) is ILocalReferenceOperation { Local: { } local } reference)
        {
            foreach (var declarator in reference.Root().Descendants())
            {
                if (declarator is IVariableDeclaratorOperation { Initializer.Value: { } value } candidate && SymbolEqualityComparer.Default.Equals(candidate.Symbol, local))
                {
                    return CryptoHelpers.Unwrap(value) is var created and (IObjectCreationOperation or IInvocationOperation) ? created : null;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// What made a CAPI object whose <c>KeySize</c> setter does nothing, when it took the 1024-bit default:
    /// <c>new RSACryptoServiceProvider()</c> (also with a fresh <c>CspParameters</c>), or <c>RSA.Create()</c> /
    /// <c>DSA.Create()</c> on .NET Framework; <see langword="null"/> for anything else (a size given to the
    /// constructor is the key's, judged there).
    /// </summary>
    private static string? DefaultKeyOf(IOperation creation, Types types)
    {
        switch (creation)
        {
            case IObjectCreationOperation created when types.CspOf(created.Type) is not null:
                foreach (var argument in created.Arguments)
                {
                    if (IsKeySizeParameter(argument.Parameter))
                    {
                        return null;
                    }
                }

                return IsDefaultCspCreation(created, types) ? created.Type!.Name : null;
            case IInvocationOperation { TargetMethod: { Name: "Create", Parameters.Length: 0 } method } when types.IsNetFramework
                && (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Rsa) || SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Dsa)):
                return method.ContainingType.Name + ".Create()";
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>KeySize = n</c> on a CAPI object does nothing (the setter is the base class's; the key was sized by the
    /// constructor), reported with the size that the key really has. Raising the number would change nothing:
    /// the fix moves a constant size into the constructor (<see cref="ConstructorSize"/>); <c>Create()</c> keeps
    /// it (<c>Create(size)</c> is missing from older .NET Framework versions).
    /// </summary>
    private static void CheckIgnoredKeySize(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, string what, Family family, PerTreeCache<Settings> options, bool byConstructor)
    {
        var settings = options.Get(assignment.Syntax.SyntaxTree);
        if (DefaultCapiBits >= settings.MinRsa)
        {
            return;
        }

        var suffix = Resources.Localizable("Crypto_KeySizeIgnored", assignment.Value.Syntax.ToString(), what, Advice(family, settings.Profile));
        var size = byConstructor && CryptoHelpers.ConstantInt(assignment.Value) is { } bits && bits > 0 ? ConstructorSize(family, bits, settings.MinRsa) : null;
        Report(context, assignment.Value.Syntax, family == Family.Rsa ? "RSA" : "DSA", DefaultCapiBits, settings.MinRsa, size is null ? null : KindSizeInConstructor, size, suffix);
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

    private static void Check(OperationAnalysisContext context, IOperation value, Family family, ITypeSymbol type, Types types, PerTreeCache<Settings> options, bool fixable = true, string? algorithm = null)
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
        else if (!fixable || (family == Family.Dsa && (CryptoHelpers.IsOrDerivesFrom(type, types.DsaCsp) || minimum > 3072)))
        {
            // DSACryptoServiceProvider stops at 1024 bits and Windows DSA at 3072: raising it would throw.
            replacement = null;
        }
        else
        {
            var rounded = (minimum + 7) / 8 * 8;
            replacement = rounded.ToString(CultureInfo.InvariantCulture);
        }

        var name = algorithm ?? family switch
        {
            Family.Rsa => "RSA",
            Family.Dsa => "DSA",
            _ => "EC",
        };
        Report(context, value.Syntax, name, bits, minimum, replacement is null ? null : KindNumber, replacement, settings.Profile);
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string algorithm, int bits, int minimum, string? fixKind, string? replacement, CryptoProfile profile) =>
        Report(context, syntax, algorithm, bits, minimum, fixKind, replacement, algorithm == "DSA" ? Advice(Family.Dsa, profile) : profile.AsymmetricKeyAdvice);

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string algorithm, int bits, int minimum, string? fixKind, string? replacement, object suffix)
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
            suffix));
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
                return SizeAfterPrefix(upper);
        }
    }

    /// <summary>
    /// The other SEC, X9.62, NIST and WAPI names carry their size after a prefix: <c>secp112r1</c>, <c>sect163k1</c>,
    /// <c>prime239v1</c>, <c>c2pnb163v1</c>, <c>B-163</c>, <c>K-233</c>, <c>wapip192v1</c>.
    /// </summary>
    private static int? SizeAfterPrefix(string upper)
    {
        foreach (var prefix in CurvePrefixes)
        {
            if (!upper.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var size = 0;
            var digits = 0;
            for (var i = prefix.Length; i < upper.Length && char.IsDigit(upper[i]) && digits < 4; i++, digits++)
            {
                size = (size * 10) + (upper[i] - '0');
            }

            return digits > 0 ? size : null;
        }

        return null;
    }

    private static readonly string[] CurvePrefixes = ["SECP", "SECT", "PRIME", "C2PNB", "C2TNB", "C2ONB", "WAPIP", "NISTP", "P-", "B-", "K-"];

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
        public Types(INamedTypeSymbol? rsa, INamedTypeSymbol? dsa, INamedTypeSymbol? dsaCsp, INamedTypeSymbol? rsaCsp, INamedTypeSymbol? cspParameters, bool isNetFramework, BouncyCastleTypes? bouncyCastle, ImmutableArray<INamedTypeSymbol> ec, INamedTypeSymbol? ecCurve, INamedTypeSymbol? namedCurves)
        {
            BouncyCastle = bouncyCastle;
            RsaCsp = rsaCsp;
            CspParameters = cspParameters;
            IsNetFramework = isNetFramework;
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

        public INamedTypeSymbol? RsaCsp { get; }

        public BouncyCastleTypes? BouncyCastle { get; }

        public INamedTypeSymbol? CspParameters { get; }

        /// <summary>.NET Framework, where <c>RSA.Create()</c> and <c>DSA.Create()</c> are 1024-bit CAPI keys.</summary>
        public bool IsNetFramework { get; }

        /// <summary>The Windows CAPI class (<c>RSACryptoServiceProvider</c>, <c>DSACryptoServiceProvider</c>; both sealed) <paramref name="type"/> is.</summary>
        public INamedTypeSymbol? CspOf(ITypeSymbol? type) =>
            type is null ? null
            : SymbolEqualityComparer.Default.Equals(type, RsaCsp) ? RsaCsp
            : SymbolEqualityComparer.Default.Equals(type, DsaCsp) ? DsaCsp
            : null;

        public ImmutableArray<INamedTypeSymbol> Ec { get; }

        public INamedTypeSymbol? ECCurve { get; }

        public INamedTypeSymbol? NamedCurves { get; }

        /// <summary>
        /// The key family of <paramref name="type"/>, from one walk up its base types (every object creation asks; most
        /// types are a level or two above <c>object</c>, cheaper to walk than to look up in a shared cache).
        /// RSA wins over DSA, and DSA over EC, as when each is asked of the whole chain in turn.
        /// </summary>
        public Family FamilyOf(ITypeSymbol? type)
        {
            var family = Family.None;
            for (var current = type; current is not null; current = current.BaseType)
            {
                var definition = current.OriginalDefinition;
                if (Rsa is not null && SymbolEqualityComparer.Default.Equals(definition, Rsa))
                {
                    return Family.Rsa;
                }

                if (Dsa is not null && SymbolEqualityComparer.Default.Equals(definition, Dsa))
                {
                    family = Family.Dsa;
                }
                else if (family == Family.None && CryptoHelpers.IsAny(current, Ec))
                {
                    family = Family.Ec;
                }
            }

            return family;
        }
    }
}
