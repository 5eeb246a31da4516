using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Secrets;

/// <summary>Shared by AIREG501 and AIREG502: placeholders, entropy, where a literal goes, test code, fix names.</summary>
internal static class SecretValues
{
    /// <summary>Values that stand for "fill me in", compared case-insensitively after trimming.</summary>
    private static readonly HashSet<string> PlaceholderValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "changeme", "change_me", "change-me", "changeit", "change-it", "replaceme", "replace_me", "replace-me",
        "todo", "tbd", "fixme", "placeholder", "dummy", "fake", "example", "sample", "test", "testing",
        "null", "none", "empty", "n/a", "na", "undefined", "default", "secret", "password", "passwd", "pwd",
        "token", "apikey", "api_key", "api-key", "key", "xxx", "redacted", "hidden", "masked", "notset", "not-set",
    };

    /// <summary>
    /// True for values that are clearly not a real secret: empty or whitespace, one repeated character
    /// (<c>"****"</c>, <c>"xxxx"</c>), format or template holes (<c>{0}</c>, <c>${VAR}</c>, <c>$(VAR)</c>,
    /// <c>%VAR%</c>, <c>{{var}}</c>, <c>&lt;password&gt;</c>, <c>[password]</c>), the words in
    /// <see cref="PlaceholderValues"/>, and values starting with <c>your</c>/<c>my-</c>/<c>enter</c>/<c>insert</c>.
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length <= 1 || trimmed.IndexOf(ConstantText.Hole) >= 0)
        {
            // A part not known here (configuration, a parameter) is filled in at run time.
            return true;
        }

        var same = true;
        for (var i = 1; i < trimmed.Length && same; i++)
        {
            same = trimmed[i] == trimmed[0];
        }

        if (same)
        {
            return true;
        }

        if (PlaceholderValues.Contains(trimmed))
        {
            return true;
        }

        if (trimmed.IndexOf("${", StringComparison.Ordinal) >= 0
            || trimmed.IndexOf("$(", StringComparison.Ordinal) >= 0
            || trimmed.IndexOf("{{", StringComparison.Ordinal) >= 0
            || (trimmed[0] == '{' && trimmed[trimmed.Length - 1] == '}')
            || (trimmed[0] == '<' && trimmed[trimmed.Length - 1] == '>')
            || (trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']')
            || (trimmed[0] == '%' && trimmed[trimmed.Length - 1] == '%'))
        {
            return true;
        }

        return trimmed.StartsWith("your", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("enter", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("insert", StringComparison.OrdinalIgnoreCase)
            || trimmed.IndexOf("placeholder", StringComparison.OrdinalIgnoreCase) >= 0
            || trimmed.IndexOf("changeme", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts.TryGetValue(c, out var n);
            counts[c] = n + 1;
        }

        double entropy = 0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }

    /// <summary>8-4-4-4-12 hexadecimal, with or without braces.</summary>
    public static bool IsGuid(string value)
    {
        var s = value.Trim();
        if (s.Length == 38 && s[0] == '{' && s[37] == '}')
        {
            s = s.Substring(1, 36);
        }

        if (s.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (i is 8 or 13 or 18 or 23)
            {
                if (c != '-')
                {
                    return false;
                }
            }
            else if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The symbol a value is stored in (<c>=</c>, <c>+=</c>, <c>??=</c>, an initializer) or passed to, when there is one; for a comparison
    /// (<c>token == "…"</c>, <c>"…".Equals(token)</c>, <c>string.Equals(token, "…")</c>) the symbol compared with.
    /// </summary>
    public static ISymbol? Receiver(IOperation value)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IAssignmentOperation assignment => SymbolOf(assignment.Target),
            IFieldInitializerOperation { InitializedFields: { Length: > 0 } fields } => fields[0],
            IPropertyInitializerOperation { InitializedProperties: { Length: > 0 } properties } => properties[0],
            IParameterInitializerOperation initializer => initializer.Parameter,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary =>
                SymbolOf(Skip(binary.LeftOperand) == value ? binary.RightOperand : binary.LeftOperand),
            IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments: { Length: >= 1 } arguments } when Skip(instance) == value =>
                SymbolOf(arguments[0].Value),
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Equals" } invocation } argument => ComparedWith(invocation, argument),
            IArgumentOperation argument => argument.Parameter,
            _ => null,
        };
    }

    /// <summary>The other side of <c>a.Equals(b)</c> or <c>string.Equals(a, b)</c>.</summary>
    private static ISymbol? ComparedWith(IInvocationOperation invocation, IArgumentOperation argument)
    {
        if (invocation.Instance is { } instance)
        {
            return SymbolOf(instance);
        }

        foreach (var other in invocation.Arguments)
        {
            if (other != argument && other.Value.Type?.SpecialType == SpecialType.System_String)
            {
                return SymbolOf(other.Value);
            }
        }

        return null;
    }

    private static IOperation Skip(IOperation operation)
    {
        while (operation is IConversionOperation { Operand: { } operand })
        {
            operation = operand;
        }

        return operation;
    }

    private static ISymbol? SymbolOf(IOperation operation) => Skip(operation) switch
    {
        IPropertyReferenceOperation p => p.Property,
        IFieldReferenceOperation f => f.Field,
        ILocalReferenceOperation l => l.Local,
        IParameterReferenceOperation p => p.Parameter,
        _ => null,
    };

    /// <summary>Inside an attribute's arguments: identifiers and metadata, never the secret in use.</summary>
    public static bool IsInAttribute(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is AttributeSyntax)
            {
                return true;
            }

            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] TestAttributeNames =
    [
        "Fact", "Theory", "Test", "TestCase", "TestCaseSource", "TestMethod", "DataTestMethod",
        "TestClass", "TestFixture", "InlineData", "Benchmark",
    ];

    /// <summary>Test classes and methods, by name (<c>*Tests</c>, <c>*Fixture</c>) or test-framework attribute.</summary>
    public static bool IsInTestCode(ISymbol? containing)
    {
        for (var symbol = containing; symbol is not null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol is INamedTypeSymbol type
                && (type.Name.EndsWith("Test", StringComparison.Ordinal)
                    || type.Name.EndsWith("Tests", StringComparison.Ordinal)
                    || type.Name.EndsWith("Fixture", StringComparison.Ordinal)
                    || type.Name.EndsWith("Fixtures", StringComparison.Ordinal)))
            {
                return true;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                var name = attribute.AttributeClass?.Name;
                if (name is null)
                {
                    continue;
                }

                foreach (var testName in TestAttributeNames)
                {
                    if (name == testName || name == testName + "Attribute")
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Names for the fix: <c>SmtpPassword</c> → (<c>SMTP_PASSWORD</c>, <c>Smtp:Password</c>). A bare
    /// <c>Password</c> member is prefixed with its type's name without Settings/Options/Config suffixes; a
    /// bare parameter name (<c>new NetworkCredential(user, "…")</c>) with the name of the type the literal is in.
    /// </summary>
    public static ImmutableDictionary<string, string?> FixNames(ISymbol? receiver, string fallback, ISymbol? location)
    {
        var words = receiver is null ? new List<string> { fallback } : IdentifierWords.Split(receiver.Name);
        if (receiver is IPropertySymbol or IFieldSymbol or IParameterSymbol && words.Count == 1)
        {
            var owner = receiver is IParameterSymbol
                ? location as INamedTypeSymbol ?? location?.ContainingType
                : receiver!.ContainingType;
            if (owner is not null)
            {
                var prefix = IdentifierWords.Split(owner.Name);
                while (prefix.Count > 0 && prefix[prefix.Count - 1] is "settings" or "options" or "config" or "configuration" or "credentials" or "credential" or "secrets" or "info" or "program")
                {
                    prefix.RemoveAt(prefix.Count - 1);
                }

                prefix.AddRange(words);
                words = prefix;
            }
        }

        if (words.Count == 0)
        {
            words.Add(fallback);
        }

        var environment = new StringBuilder();
        foreach (var word in words)
        {
            if (environment.Length > 0)
            {
                environment.Append('_');
            }

            environment.Append(word.ToUpperInvariant());
        }

        string configuration;
        var count = words.Count;
        if (count >= 2 && words[count - 2] == "connection" && words[count - 1] == "string")
        {
            configuration = "ConnectionStrings:" + (count > 2 ? Pascal(words, 0, count - 2) : "Default");
        }
        else if (count >= 2)
        {
            configuration = Pascal(words, 0, count - 1) + ":" + Pascal(words, count - 1, 1);
        }
        else
        {
            configuration = Pascal(words, 0, count);
        }

        return ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.EnvironmentName, environment.ToString())
            .Add(DiagnosticProperties.ConfigurationKey, configuration);
    }

    private static string Pascal(List<string> words, int start, int count)
    {
        var builder = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            var word = words[i];
            if (word.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        return builder.ToString();
    }
}
