using System.Collections.Immutable;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG307: output of <c>System.Random</c> (<c>Next</c>, <c>NextInt64</c>, <c>NextDouble</c>,
/// <c>NextSingle</c>, <c>NextBytes</c>, <c>GetItems</c>, <c>GetString</c>, <c>GetHexString</c>,
/// on an instance or <c>Random.Shared</c>) that becomes a security value: it is assigned to,
/// returned as, or written into a variable, field, property, parameter or buffer named like a
/// token, password, one-time code, salt, key, nonce, session or verification value, or it is
/// produced inside a method so named (GenerateOtp, CreateResetToken). Random used elsewhere
/// (shuffles, simulations, jitter, games) is not flagged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureRandomnessAnalyzer : DiagnosticAnalyzer
{
    internal const string KindGetInt32 = nameof(FixKind.GetInt32);
    internal const string KindFill = nameof(FixKind.Fill);
    internal const string KindSameName = nameof(FixKind.SameName);

    private const string RuleId = "AIREG307";

    /// <summary>Words that name a security value; replaces the built-in list.</summary>
    internal static readonly ListOption SecurityValueWords = new("security_value_words");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG307_InsecureRandomness);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var random = context.Compilation.GetTypeByMetadataName("System.Random");
        if (random is null)
        {
            return;
        }

        var hasRng = context.Compilation.GetTypeByMetadataName("System.Security.Cryptography.RandomNumberGenerator") is not null;
        var options = new PerTreeCache<SecurityWords>(context.Options, o => SecurityWords.ForSecurityValues(SecurityValueWords.Read(o, RuleId)));
        var bouncyCastle = BouncyCastleTypes.Get(context.Compilation);
        context.RegisterOperationAction(c => Analyze(c, random, hasRng, options, bouncyCastle), OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol random, bool hasRng, PerTreeCache<SecurityWords> options, BouncyCastleTypes? bouncyCastle)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.IsStatic || method.Name is not ("Next" or "NextInt64" or "NextDouble" or "NextSingle" or "NextBytes" or "GetItems" or "GetString" or "GetHexString")
            || !CryptoHelpers.IsOrDerivesFrom(method.ContainingType, random))
        {
            return;
        }

        // BouncyCastle's SecureRandom derives from System.Random and overrides it with a CSPRNG.
        if (bouncyCastle is not null && invocation.Instance is { } receiver && CryptoHelpers.IsOrDerivesFrom(CryptoHelpers.Unwrap(receiver).Type, bouncyCastle.SecureRandom))
        {
            return;
        }

        var words = options.Get(invocation.Syntax.SyntaxTree);
        var target = FindSecurityTarget(invocation, words) ?? (bouncyCastle is null ? null : FindKeyMaterialUse(invocation, bouncyCastle));
        if (target is { Length: 0 })
        {
            return; // picks an object from a collection (a server, a session to sample): not a generated value
        }

        if (target is null && CryptoHelpers.EnclosingMemberName(invocation, context.ContainingSymbol) is { } member && words.IsProducerMethod(member))
        {
            target = member;
        }

        if (target is null)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        var fixKind = hasRng ? FixKindFor(invocation) : null;
        if (fixKind is not null)
        {
            properties = properties.Add(DiagnosticProperties.FixKind, fixKind);
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG307_InsecureRandomness, invocation.Syntax.GetLocation(), properties, target));
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
    /// Follows the random value up through expressions (conversions, arithmetic, concatenation,
    /// interpolation, indexers, calls) to where it lands, and returns the name of that place when
    /// it names a security value.
    /// </summary>
    private static string? FindSecurityTarget(IInvocationOperation invocation, SecurityWords words)
    {
        // NextBytes(buffer), GetHexString(span): the buffer is where the value lands.
        if (invocation.TargetMethod.ReturnsVoid || invocation.TargetMethod.Name == "GetHexString")
        {
            foreach (var argument in invocation.Arguments)
            {
                if (NameOf(argument.Value) is { } bufferName && words.IsMatch(bufferName))
                {
                    return bufferName;
                }
            }
        }

        IOperation current = invocation;
        for (var steps = 0; steps < 12; steps++)
        {
            var parent = current.Parent;
            switch (parent)
            {
                case null:
                    return null;
                case IVariableInitializerOperation initializer:
                    return initializer.Parent is IVariableDeclaratorOperation declarator && words.IsMatch(declarator.Symbol.Name) ? declarator.Symbol.Name : null;
                case IFieldInitializerOperation fieldInitializer:
                    foreach (var field in fieldInitializer.InitializedFields)
                    {
                        if (words.IsMatch(field.Name))
                        {
                            return field.Name;
                        }
                    }

                    return null;
                case IPropertyInitializerOperation propertyInitializer:
                    foreach (var property in propertyInitializer.InitializedProperties)
                    {
                        if (words.IsMatch(property.Name))
                        {
                            return property.Name;
                        }
                    }

                    return null;
                case IAssignmentOperation assignment:
                    if (ReferenceEquals(assignment.Target, current))
                    {
                        return null;
                    }

                    return NameOf(assignment.Target) is { } assigned && words.IsMatch(assigned) ? assigned : null;
                case IArgumentOperation argument:
                    if (argument.Parameter is { } parameter && words.IsMatch(parameter.Name))
                    {
                        return parameter.Name;
                    }

                    // builder.Append(...), list.Add(...): the receiver is where the value lands.
                    if (argument.Parent is IInvocationOperation { Instance: { } receiver } && NameOf(receiver) is { } receiverName && words.IsMatch(receiverName))
                    {
                        return receiverName;
                    }

                    if (argument.Parent is IPropertyReferenceOperation { Property.IsIndexer: true } indexed && !IsSecretMaterial(indexed.Type))
                    {
                        return string.Empty; // servers[random.Next(servers.Count)]: a choice, not a secret
                    }

                    current = argument.Parent!;
                    continue;
                case IArrayElementReferenceOperation element when !ReferenceEquals(element.ArrayReference, current):
                    // chars[random.Next(chars.Length)]: a picked character or word carries on; a picked object is a choice, not a secret.
                    if (!IsSecretMaterial(element.Type))
                    {
                        return string.Empty;
                    }

                    current = element;
                    continue;
                case IReturnOperation:
                    return null; // the enclosing method name is checked by the caller
                case IExpressionStatementOperation:
                case IBlockOperation:
                    return null;
                case IConversionOperation or IParenthesizedOperation or IBinaryOperation or IUnaryOperation
                    or IInterpolationOperation or IInterpolatedStringOperation or IConditionalOperation or ICoalesceOperation
                    or IInvocationOperation or IPropertyReferenceOperation or IObjectCreationOperation or IArrayInitializerOperation
                    or IArrayCreationOperation or IInterpolatedStringAppendOperation or IInterpolatedStringHandlerCreationOperation:
                    current = parent;
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <c>random.NextBytes(buffer)</c> whose buffer (a local, whatever its name) becomes BouncyCastle
    /// key material in the same body: <c>new KeyParameter(buffer)</c>, <c>new ParametersWithIV(p, buffer)</c>...
    /// Returns the parameter it lands in (<c>key</c>, <c>iv</c>, <c>nonce</c>).
    /// </summary>
    private static string? FindKeyMaterialUse(IInvocationOperation invocation, BouncyCastleTypes bouncyCastle)
    {
        if (invocation.TargetMethod.Name != "NextBytes"
            || invocation.Arguments.Length != 1
            || CryptoHelpers.Unwrap(invocation.Arguments[0].Value) is not ILocalReferenceOperation { Local: var buffer })
        {
            return null;
        }

        var root = (IOperation)invocation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            var argument = operation switch
            {
                IObjectCreationOperation creation => bouncyCastle.KeyMaterialArgument(creation),
                IInvocationOperation call => bouncyCastle.KeyMaterialArgument(call),
                _ => null,
            };
            if (argument is { Parameter: { } parameter }
                && CryptoHelpers.Unwrap(argument.Value) is ILocalReferenceOperation local
                && SymbolEqualityComparer.Default.Equals(local.Local, buffer))
            {
                return parameter.Name;
            }
        }

        return null;
    }

    /// <summary>Characters, strings, bytes and numbers can make up a secret; other elements are merely chosen.</summary>
    private static bool IsSecretMaterial(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Char or SpecialType.System_String
        or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    private static string? NameOf(IOperation operation)
    {
        operation = CryptoHelpers.Unwrap(operation);
        return operation switch
        {
            ILocalReferenceOperation local => local.Local.Name,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.IsIndexer && property.Instance is { } indexed ? NameOf(indexed) : property.Property.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            IArrayElementReferenceOperation element => NameOf(element.ArrayReference),
            IInvocationOperation { Instance: { } instance } call when call.TargetMethod.Name is "AsSpan" => NameOf(instance),
            _ => null,
        };
    }
}
