using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Secrets;

/// <summary>
/// AIREG501 and AIREG502: replaces the literal with <c>configuration["Section:Key"]</c> when an
/// <c>IConfiguration</c> (parameter, local, or field/property usable at that point) is in scope, and
/// with <c>Environment.GetEnvironmentVariable("NAME")</c> always, each followed by
/// <c>?? throw new InvalidOperationException(…)</c> (<see cref="RequiredSetting"/>): a missing setting
/// fails at once with its name, and the value stays non-null where a <c>string</c> is expected. A
/// private <c>const</c> field becomes <c>static readonly</c> (a local <c>const</c> loses <c>const</c>)
/// unless the constant is used where a constant is required; literals in parameter defaults, case
/// labels, patterns and public constants get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardCodedSecretCodeFixProvider)), Shared]
public sealed class HardCodedSecretCodeFixProvider()
    : AiRegCodeFixProvider(ImmutableArray.Create(RuleIds.HardCodedCredential, RuleIds.HardCodedApiKey), FixKind.FromConfiguration, FixKind.FromEnvironment)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.Get(DiagnosticProperties.EnvironmentName) is not { } environmentName
            || diagnostic.Get(DiagnosticProperties.ConfigurationKey) is not { } configurationKey
            || document.NodeAt(diagnostic) is not LiteralExpressionSyntax literal
            || !CanReplace(literal, out var constDeclaration))
        {
            return;
        }

        if (FindConfiguration(document.Model, literal, document.CancellationToken) is { } configuration)
        {
            var read = RequiredSetting.FromConfiguration(ParseExpression(configuration), configurationKey);
            offers.Add(new FixOffer(FixKind.FromConfiguration, edits => Replace(edits, literal, read, constDeclaration), configuration, configurationKey));
        }

        var environment = RequiredSetting.FromEnvironment(environmentName);
        offers.Add(new FixOffer(FixKind.FromEnvironment, edits => Replace(edits, literal, environment, constDeclaration), environmentName));
    }

    private static void Replace(SyntaxEdits edits, LiteralExpressionSyntax literal, ExpressionSyntax replacement, SyntaxNode? constDeclaration)
    {
        replacement = RequiredSetting.InPlaceOf(literal, replacement).WithTriviaFrom(literal);
        if (constDeclaration is null)
        {
            edits.Replace(literal, replacement);
            return;
        }

        var updated = constDeclaration.ReplaceNode(literal, replacement);
        updated = updated switch
        {
            FieldDeclarationSyntax field => field.WithModifiers(ReplaceConst(field.Modifiers, static keyword => TokenList(
                Token(keyword.LeadingTrivia, SyntaxKind.StaticKeyword, TriviaList(Space)),
                Token(TriviaList(), SyntaxKind.ReadOnlyKeyword, keyword.TrailingTrivia)))),
            LocalDeclarationStatementSyntax local => local.WithModifiers(ReplaceConst(local.Modifiers, static _ => TokenList()))
                .WithLeadingTrivia(local.GetLeadingTrivia()),
            _ => updated,
        };
        edits.Replace(constDeclaration, updated);
    }

    private static SyntaxTokenList ReplaceConst(SyntaxTokenList modifiers, System.Func<SyntaxToken, SyntaxTokenList> replacement)
    {
        var result = TokenList();
        foreach (var modifier in modifiers)
        {
            result = modifier.IsKind(SyntaxKind.ConstKeyword) ? result.AddRange(replacement(modifier)) : result.Add(modifier);
        }

        return result;
    }

    /// <summary>False where a constant is required; <paramref name="constDeclaration"/> is the const field/local to convert.</summary>
    private static bool CanReplace(LiteralExpressionSyntax literal, out SyntaxNode? constDeclaration)
    {
        constDeclaration = null;
        for (SyntaxNode? node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case ParameterSyntax:
                case CaseSwitchLabelSyntax:
                case PatternSyntax:
                case SwitchExpressionArmSyntax arm when arm.Pattern.Span.Contains(literal.Span):
                    return false;
                case FieldDeclarationSyntax field:
                    if (!field.Modifiers.Any(SyntaxKind.ConstKeyword))
                    {
                        return true;
                    }

                    if (field.Declaration.Variables.Count != 1 || !IsPrivate(field.Modifiers))
                    {
                        return false;
                    }

                    var name = field.Declaration.Variables[0].Identifier.ValueText;
                    if (field.Parent is not TypeDeclarationSyntax type || UsedAsConstant(type, name))
                    {
                        return false;
                    }

                    constDeclaration = field;
                    return true;
                case LocalDeclarationStatementSyntax local:
                    if (!local.IsConst)
                    {
                        return true;
                    }

                    if (local.Declaration.Variables.Count != 1)
                    {
                        return false;
                    }

                    var localName = local.Declaration.Variables[0].Identifier.ValueText;
                    var scope = (SyntaxNode?)local.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? local.Parent;
                    if (scope is null || UsedAsConstant(scope, localName))
                    {
                        return false;
                    }

                    constDeclaration = local;
                    return true;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return true;
            }
        }

        return true;
    }

    private static bool IsPrivate(SyntaxTokenList modifiers) =>
        !modifiers.Any(SyntaxKind.PublicKeyword) && !modifiers.Any(SyntaxKind.InternalKeyword) && !modifiers.Any(SyntaxKind.ProtectedKeyword);

    /// <summary>A use of <paramref name="name"/> in an attribute, case label, pattern, parameter default or another constant.</summary>
    private static bool UsedAsConstant(SyntaxNode scope, string name)
    {
        foreach (var identifier in scope.DescendantNodes())
        {
            if (identifier is not IdentifierNameSyntax { Identifier.ValueText: var text } || text != name)
            {
                continue;
            }

            for (var node = identifier.Parent; node is not null && node != scope; node = node.Parent)
            {
                if (node is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax or PatternSyntax)
                {
                    return true;
                }

                if (node is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    return true;
                }

                if (node is LocalDeclarationStatementSyntax { IsConst: true })
                {
                    return true;
                }

                if (node is StatementSyntax or MemberDeclarationSyntax)
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// An <c>IConfiguration</c> usable at the literal (<c>configuration</c>, <c>_configuration</c>), else a
    /// local/parameter exposing one as <c>.Configuration</c> (<c>builder.Configuration</c>), else <see langword="null"/>.
    /// </summary>
    private static string? FindConfiguration(SemanticModel model, LiteralExpressionSyntax literal, CancellationToken cancellationToken)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        if (configurationType is null)
        {
            return null;
        }

        // Field and property initializers cannot read instance members; static members are rarely configuration.
        var inInitializer = literal.FirstAncestorOrSelf<EqualsValueClauseSyntax>()?.Parent is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax }
            || literal.FirstAncestorOrSelf<PropertyDeclarationSyntax>() is { Initializer: { } initializer } && initializer.Span.Contains(literal.Span);
        var enclosing = model.GetEnclosingSymbol(literal.SpanStart, cancellationToken);
        var staticContext = enclosing is null || enclosing.IsStatic;

        string? best = null;
        var bestRank = 0;
        foreach (var symbol in model.LookupSymbols(literal.SpanStart))
        {
            ITypeSymbol? type;
            switch (symbol)
            {
                case IParameterSymbol parameter:
                    type = parameter.Type;
                    break;
                case ILocalSymbol local:
                    if (inInitializer || local.DeclaringSyntaxReferences.Length == 0 || local.DeclaringSyntaxReferences[0].Span.Start >= literal.SpanStart)
                    {
                        continue;
                    }

                    type = local.Type;
                    break;
                case IFieldSymbol field when !inInitializer && (field.IsStatic || !staticContext):
                    type = field.Type;
                    break;
                case IPropertySymbol property when !inInitializer && (property.IsStatic || !staticContext) && !property.IsIndexer:
                    type = property.Type;
                    break;
                default:
                    continue;
            }

            if (type is null)
            {
                continue;
            }

            string candidate;
            int rank;
            if (IsConfiguration(type, configurationType))
            {
                candidate = symbol.Name;
                rank = symbol is IParameterSymbol or ILocalSymbol ? 3 : 2;
            }
            else if (symbol is IParameterSymbol or ILocalSymbol && HasConfigurationProperty(type, configurationType))
            {
                // builder.Configuration (WebApplicationBuilder), app.Configuration (WebApplication), context.Configuration.
                candidate = symbol.Name + ".Configuration";
                rank = 1;
            }
            else
            {
                continue;
            }

            if (rank > bestRank)
            {
                best = candidate;
                bestRank = rank;
            }
        }

        return best;
    }

    private static bool HasConfigurationProperty(ITypeSymbol type, INamedTypeSymbol configuration)
    {
        foreach (var member in type.GetMembers("Configuration"))
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property
                && IsConfiguration(property.Type, configuration))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConfiguration(ITypeSymbol type, INamedTypeSymbol configuration)
    {
        if (SymbolEqualityComparer.Default.Equals(type, configuration))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, configuration))
            {
                return true;
            }
        }

        return false;
    }
}
