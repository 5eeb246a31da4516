using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AiRegAnalyzers.Baseline;

/// <summary>
/// What identifies a finding in <c>aireg.baseline.json</c>: the rule, the file relative to the
/// baseline's folder, the containing member and a hash of the normalised source line. Line
/// numbers are left out on purpose, so edits elsewhere in the file and moved lines keep matching.
/// The same code computes the key in the suppressor and in the <c>aireg</c> tool (which links this file).
/// </summary>
internal readonly struct BaselineKey : IEquatable<BaselineKey>
{
    public BaselineKey(string rule, string path, string member, string lineHash)
    {
        Rule = rule;
        Path = path;
        Member = member;
        LineHash = lineHash;
    }

    public string Rule { get; }

    /// <summary>Relative to the baseline's folder, with <c>/</c> separators.</summary>
    public string Path { get; }

    /// <summary>The innermost type member around the finding (<c>Ns.Type.Method(string, int)</c>), or the type, or empty.</summary>
    public string Member { get; }

    /// <summary>FNV-1a 64-bit hash of the line with all white space removed, 16 hex digits.</summary>
    public string LineHash { get; }

    public static BaselineKey Create(string rule, SyntaxTree tree, SourceText text, int position, string baseDirectory, CancellationToken cancellationToken) =>
        new(rule, RelativePath(baseDirectory, tree.FilePath), ContainingMember(tree, position, cancellationToken), HashLine(text, position));

    /// <summary><paramref name="path"/> relative to <paramref name="baseDirectory"/> with <c>/</c> separators; the full path (normalised) when it lies outside.</summary>
    public static string RelativePath(string baseDirectory, string path)
    {
        var file = path.Replace('\\', '/');
        var root = baseDirectory.Replace('\\', '/').TrimEnd('/') + "/";
        return file.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? file.Substring(root.Length) : file;
    }

    public static string HashLine(SourceText text, int position)
    {
        var line = text.Lines.GetLineFromPosition(Math.Min(Math.Max(position, 0), text.Length));
        var hash = 14695981039346656037UL;
        for (var i = line.Start; i < line.End; i++)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                hash = (hash ^ c) * 1099511628211UL;
            }
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The declaration around <paramref name="position"/>, from syntax alone (so broken code has a key too).</summary>
    public static string ContainingMember(SyntaxTree tree, int position, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        if (position < 0 || position >= root.FullSpan.End)
        {
            return string.Empty;
        }

        string? member = null;
        var builder = new StringBuilder();
        for (var node = root.FindToken(position).Parent; node is not null; node = node.Parent)
        {
            string? name = node switch
            {
                MethodDeclarationSyntax m => m.Identifier.ValueText + Parameters(m.ParameterList),
                ConstructorDeclarationSyntax c => (c.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StaticKeyword) ? ".cctor" : ".ctor") + Parameters(c.ParameterList),
                DestructorDeclarationSyntax => "Finalize()",
                OperatorDeclarationSyntax o => "operator " + o.OperatorToken.ValueText + Parameters(o.ParameterList),
                ConversionOperatorDeclarationSyntax c => "operator " + c.Type + Parameters(c.ParameterList),
                PropertyDeclarationSyntax p => p.Identifier.ValueText,
                IndexerDeclarationSyntax i => "this[" + Parameters(i.ParameterList) + "]",
                EventDeclarationSyntax e => e.Identifier.ValueText,
                BaseFieldDeclarationSyntax f => FieldName(f, position),
                EnumMemberDeclarationSyntax e => e.Identifier.ValueText,
                _ => null,
            };
            if (name is not null)
            {
                member ??= name;
                continue;
            }

            var container = node switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                DelegateDeclarationSyntax d => d.Identifier.ValueText,
                BaseNamespaceDeclarationSyntax n => n.Name.ToString(),
                _ => null,
            };
            if (container is not null)
            {
                builder.Insert(0, builder.Length == 0 ? container : container + ".");
            }
        }

        return member is null ? builder.ToString() : builder.Length == 0 ? member : builder + "." + member;
    }

    private static string Parameters(BaseParameterListSyntax list)
    {
        var builder = new StringBuilder(list is BracketedParameterListSyntax ? string.Empty : "(");
        for (var i = 0; i < list.Parameters.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(list.Parameters[i].Type?.ToString() ?? "?");
        }

        return list is BracketedParameterListSyntax ? builder.ToString() : builder.Append(')').ToString();
    }

    private static string FieldName(BaseFieldDeclarationSyntax field, int position)
    {
        foreach (var variable in field.Declaration.Variables)
        {
            if (variable.FullSpan.Contains(position))
            {
                return variable.Identifier.ValueText;
            }
        }

        return field.Declaration.Variables.Count > 0 ? field.Declaration.Variables[0].Identifier.ValueText : string.Empty;
    }

    public bool Equals(BaselineKey other) =>
        string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Member, other.Member, StringComparison.Ordinal)
        && string.Equals(LineHash, other.LineHash, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is BaselineKey other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Rule ?? string.Empty);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Path ?? string.Empty);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Member ?? string.Empty);
            return (hash * 31) + StringComparer.Ordinal.GetHashCode(LineHash ?? string.Empty);
        }
    }
}
