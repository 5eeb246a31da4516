using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Follows a value back to where it came from inside one method body: through locals (the last
/// write before the use), string interpolation and concatenation, <c>string.Format/Concat/Join</c>,
/// <c>ToString</c>, case changes and trimming, conditional and coalesce expressions, <c>await</c>
/// and serializers. A sanitizer call or a constant ends the trail.
/// </summary>
internal readonly struct PersonalDataFlow
{
    private const int MaxDepth = 64;
    private const int MaxDisplayLength = 80;

    /// <summary><c>OperationKind.CollectionExpression</c> and <c>OperationKind.Spread</c> (Roslyn 4.9+).</summary>
    private const OperationKind CollectionExpressionKind = (OperationKind)127;
    private const OperationKind SpreadKind = (OperationKind)128;

    private readonly PersonalDataScope _scope;

    public PersonalDataFlow(PersonalDataScope scope) => _scope = scope;

    public PersonalDataFinding? Find(IOperation? value, CarrierUse use) => Evaluate(value, use, 0, visited: null).Finding;

    private Verdict Evaluate(IOperation? operation, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Verdict.Unknown;
        }

        if (operation.ConstantValue.HasValue)
        {
            return Verdict.Safe;
        }

        depth++;
        switch (operation)
        {
            case IConversionOperation conversion:
                return Evaluate(conversion.Operand, use, depth, visited);
            case INameOfOperation or ILiteralOperation or IDefaultValueOperation or ITypeOfOperation or ISizeOfOperation:
                return Verdict.Safe;
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return _scope.Catalogue.ClassifyRead(indexer, _scope.Names) is { } keyed
                    ? Verdict.Personal(new PersonalDataFinding(Display(indexer), keyed, ImmutableArray<string>.Empty))
                    : Indexer(indexer, use, depth, visited);
            case IPropertyReferenceOperation property:
                return _scope.IsApplicationSymbol(property.Property) ? Member(property.Property, property, use) : LibraryMember(property, use, depth, visited);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } when PersonalDataEncoding.IsFrameworkType(field.ContainingType):
                // IPAddress.Any, string.Empty, Guid.Empty: framework constants in all but name.
                return Verdict.Safe;
            case IFieldReferenceOperation field:
                return _scope.IsApplicationSymbol(field.Field) ? Member(field.Field, field, use) : LibraryMember(field, use, depth, visited);
            case IConditionalAccessInstanceOperation instance:
                // The "x" of x?.Value: what the enclosing conditional access tested.
                return Evaluate(ConditionalAccessTarget(instance), use, depth, visited);
            case IParameterReferenceOperation parameter:
                return Member(parameter.Parameter, parameter, use);
            case ILocalReferenceOperation local:
                return Local(local, use, depth, visited);
            case IArrayElementReferenceOperation element:
                return Evaluate(element.ArrayReference, use, depth, visited);
            case IInvocationOperation invocation:
                return Invocation(invocation, use, depth, visited);
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && Evaluate(hole.Expression, CarrierUse.Stringified, depth, visited) is { IsPersonal: true } found)
                    {
                        return found;
                    }
                }

                return Verdict.Unknown;
            case IBinaryOperation binary:
                return PersonalDataScope.IsNeverPersonal(binary.Type)
                    ? Verdict.Safe
                    : First(Evaluate(binary.LeftOperand, CarrierUse.Stringified, depth, visited), binary.RightOperand, CarrierUse.Stringified, depth, visited);
            case IConditionalOperation conditional:
                return First(Evaluate(conditional.WhenTrue, use, depth, visited), conditional.WhenFalse, use, depth, visited);
            case ICoalesceOperation coalesce:
                return First(Evaluate(coalesce.Value, use, depth, visited), coalesce.WhenNull, use, depth, visited);
            case IConditionalAccessOperation conditionalAccess:
                return Evaluate(conditionalAccess.WhenNotNull, use, depth, visited);
            case IAwaitOperation awaitOperation:
                return Evaluate(awaitOperation.Operation, use, depth, visited);
            case ISimpleAssignmentOperation assignment:
                return Evaluate(assignment.Value, use, depth, visited);
            case IArrayCreationOperation { Initializer: { } initializer }:
                return Any(initializer.ElementValues, use, depth, visited);
            case { Kind: CollectionExpressionKind or SpreadKind }:
                // [a, b, ..rest] and C# 13 params spans (string.Join(",", a, b) binds to params ReadOnlySpan<string?> on .NET 9+);
                // the interfaces are newer than the Roslyn this package builds against, the kinds are not.
                foreach (var element in operation.ChildOperations)
                {
                    if (Evaluate(element, use, depth, visited) is { IsPersonal: true } found)
                    {
                        return found;
                    }
                }

                return Verdict.Unknown;
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (Evaluate(initializer, use, depth, visited) is { IsPersonal: true } found)
                    {
                        return found;
                    }
                }

                return Verdict.Unknown;
            default:
                return Carrier(operation, use);
        }
    }

    private Verdict Member(ISymbol symbol, IOperation operation, CarrierUse use) =>
        _scope.ClassifySymbol(symbol) is { } classification
            ? Verdict.Personal(new PersonalDataFinding(Display(operation), classification, ImmutableArray<string>.Empty))
            : Carrier(operation, use);

    private Verdict Carrier(IOperation operation, CarrierUse use) =>
        _scope.GetCarrier(operation.Type) is { } carrier && carrier.Leaks(use)
            ? Verdict.Personal(new PersonalDataFinding(Display(operation), carrier.Classification, carrier.Members))
            : Verdict.Unknown;

    private Verdict Invocation(IInvocationOperation invocation, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        var method = invocation.TargetMethod;
        if (PersonalDataScope.IsNeverPersonal(method.ReturnType) || _scope.IsSanitizer(method))
        {
            return Verdict.Safe;
        }

        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            if (method.IsStatic)
            {
                // string.Format / Concat / Join: the result holds every argument.
                return method.Name is "Format" or "Concat" or "Join" ? AnyArgument(invocation, depth, visited) : Verdict.Unknown;
            }

            return IsStringPassThrough(method.Name) ? Evaluate(invocation.Instance, CarrierUse.Stringified, depth, visited) : Verdict.Unknown;
        }

        if (method.Name == "ToString" && invocation.Instance is not null)
        {
            return Evaluate(invocation.Instance, CarrierUse.Stringified, depth, visited);
        }

        if (IsSerializer(method) && invocation.Arguments.Length > 0)
        {
            return Evaluate(invocation.Arguments[0].Value, CarrierUse.Serialized, depth, visited);
        }

        if (PersonalDataEncoding.IsEncoding(method))
        {
            // Uri.EscapeDataString(email), Encoding.UTF8.GetBytes(idNumber), Convert.ToBase64String(bytes): same data, other form.
            return AnyArgument(invocation, depth, visited);
        }

        if (!_scope.IsApplicationSymbol(method))
        {
            return LibraryCall(invocation, use, depth, visited);
        }

        // A method named for personal data returns it: GetEmail(), GetPhoneNumberAsync(user).
        return _scope.ClassifySymbol(method) is { } classification
            ? Verdict.Personal(new PersonalDataFinding(Display(invocation), classification, ImmutableArray<string>.Empty))
            : Carrier(invocation, use);
    }

    /// <summary>
    /// A framework or package property or field (provenance, <see cref="KnownSources"/>): personal data only by
    /// the catalogue or an attribute, or as what its instance holds (<c>Nullable&lt;T&gt;.Value</c>, <c>Claim.Value</c>);
    /// anything else the library made is not personal data (<c>typeof(T).Name</c>, <c>ex.Source</c>).
    /// </summary>
    private Verdict LibraryMember(IMemberReferenceOperation reference, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        if (_scope.ClassifySymbol(reference.Member) is { } classification)
        {
            return Verdict.Personal(new PersonalDataFinding(Display(reference), classification, ImmutableArray<string>.Empty));
        }

        if (Carrier(reference, use) is { IsPersonal: true } carrier)
        {
            return carrier;
        }

        var instance = Evaluate(reference.Instance, use, depth, visited);
        return KnownSources.OfMember(reference.Member, _scope.Catalogue) == LibraryValue.PassedThrough ? instance : Made(instance);
    }

    /// <summary>A framework or package call: catalogued reads, results that pass an input through, else what the library made.</summary>
    private Verdict LibraryCall(IInvocationOperation invocation, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        if ((_scope.Catalogue.ClassifyRead(invocation, _scope.Names) ?? _scope.ClassifySymbol(invocation.TargetMethod)) is { } classification)
        {
            return Verdict.Personal(new PersonalDataFinding(Display(invocation), classification, ImmutableArray<string>.Empty));
        }

        if (Carrier(invocation, use) is { IsPersonal: true } carrier)
        {
            return carrier;
        }

        var input = invocation.Instance is { } instance ? Evaluate(instance, CarrierUse.Stringified, depth, visited) : Verdict.Unknown;
        if (!input.IsPersonal)
        {
            input = AnyArgument(invocation, depth, visited);
        }

        return KnownSources.OfMethod(invocation.TargetMethod) == LibraryValue.PassedThrough ? input : Made(input);
    }

    /// <summary>An element of what the instance holds (<c>emails[0]</c>), or a formatted string holding its arguments (<c>localizer["Hi {0}", email]</c>).</summary>
    private Verdict Indexer(IPropertyReferenceOperation indexer, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        var verdict = Evaluate(indexer.Instance, use, depth, visited);
        if (!verdict.IsPersonal && KnownSources.Formats(indexer.Property.Parameters))
        {
            foreach (var argument in indexer.Arguments)
            {
                if (Evaluate(argument.Value, CarrierUse.Stringified, depth, visited) is { IsPersonal: true } found)
                {
                    return found;
                }
            }
        }

        return verdict;
    }

    /// <summary>Made by a library: not personal data, unless made from personal data (then the local's name may still decide).</summary>
    private static Verdict Made(Verdict input) => input.IsPersonal ? Verdict.Unknown : Verdict.Safe;

    private static IOperation? ConditionalAccessTarget(IConditionalAccessInstanceOperation instance)
    {
        for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access)
            {
                return access.Operation;
            }
        }

        return null;
    }

    private Verdict AnyArgument(IInvocationOperation invocation, int depth, HashSet<ILocalSymbol>? visited)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Evaluate(argument.Value, CarrierUse.Stringified, depth, visited) is { IsPersonal: true } found)
            {
                return found;
            }
        }

        return Verdict.Unknown;
    }

    private Verdict Any(ImmutableArray<IOperation> values, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        foreach (var value in values)
        {
            if (Evaluate(value, use, depth, visited) is { IsPersonal: true } found)
            {
                return found;
            }
        }

        return Verdict.Unknown;
    }

    private Verdict First(Verdict first, IOperation? second, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        if (first.IsPersonal)
        {
            return first;
        }

        var other = Evaluate(second, use, depth, visited);
        return other.IsPersonal ? other : first.IsSafe && other.IsSafe ? Verdict.Safe : Verdict.Unknown;
    }

    /// <summary>
    /// A local holds what was last written to it before this use (compound writes add to it);
    /// when its value says nothing either way, its own name decides.
    /// </summary>
    private Verdict Local(ILocalReferenceOperation reference, CarrierUse use, int depth, HashSet<ILocalSymbol>? visited)
    {
        var local = reference.Local;
        visited ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (!visited.Add(local))
        {
            return Verdict.Unknown;
        }

        var verdict = LastWrite(reference, local, use, depth, visited);
        visited.Remove(local);
        if (verdict.IsPersonal || verdict.IsSafe)
        {
            return verdict;
        }

        return Member(local, reference, use);
    }

    private Verdict LastWrite(ILocalReferenceOperation reference, ILocalSymbol local, CarrierUse use, int depth, HashSet<ILocalSymbol> visited)
    {
        if (LocalWrites.Of(local, reference) is not { } writes)
        {
            return Verdict.Unknown;
        }

        var position = reference.Syntax.SpanStart;
        var last = -1;
        for (var i = 0; i < writes.Count && writes[i].Position < position; i++)
        {
            last = i;
        }

        if (last >= 0 && !writes[last].IsCompound)
        {
            return Evaluate(writes[last].Value, use, depth, visited);
        }

        // Used before any write in source order (loops), or appended to: any earlier write may reach the use.
        var end = last >= 0 ? last : writes.Count - 1;
        for (var i = 0; i <= end; i++)
        {
            var verdict = Evaluate(writes[i].Value, use, depth, visited);
            if (verdict.IsPersonal)
            {
                return verdict;
            }
        }

        return Verdict.Unknown;
    }

    private static bool IsStringPassThrough(string name) => name is
        "ToString" or "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant" or "Trim" or "TrimStart" or "TrimEnd"
        or "PadLeft" or "PadRight" or "Normalize" or "Replace" or "Insert" or "Substring" or "Clone";

    private bool IsSerializer(IMethodSymbol method) =>
        method.Name.StartsWith("Serialize", System.StringComparison.Ordinal)
        && (SymbolEqualityComparer.Default.Equals(method.ContainingType, _scope.Types.SystemTextJsonSerializer)
            || SymbolEqualityComparer.Default.Equals(method.ContainingType, _scope.Types.NewtonsoftJsonConvert));

    private static string Display(IOperation operation)
    {
        // "user?.Email": the member binding alone reads ".Email"; show the whole access.
        var syntax = operation.Syntax;
        while (syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax access && access.WhenNotNull == syntax
               || syntax is Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax && syntax.Parent is not null)
        {
            syntax = syntax.Parent!;
        }

        var text = syntax.ToString();
        if (text.IndexOf('\n') >= 0)
        {
            text = string.Join(" ", text.Split(['\r', '\n', ' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries));
        }

        return text.Length <= MaxDisplayLength ? text : text.Substring(0, MaxDisplayLength - 1) + "…";
    }

    private readonly struct Verdict
    {
        private Verdict(PersonalDataFinding? finding, bool isSafe)
        {
            Finding = finding;
            IsSafe = isSafe;
        }

        public static Verdict Unknown => default;

        public static Verdict Safe => new(null, isSafe: true);

        public PersonalDataFinding? Finding { get; }

        public bool IsPersonal => Finding is not null;

        /// <summary>Known not to be personal data: a constant, or the result of a sanitizer.</summary>
        public bool IsSafe { get; }

        public static Verdict Personal(PersonalDataFinding finding) => new(finding, isSafe: false);
    }
}
