namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>Shared pieces of the cryptography fixes.</summary>
internal static class CryptoFixHelpers
{
    public const string CryptoNamespace = "System.Security.Cryptography";

    /// <summary>
    /// A fix that replaces <paramref name="expression"/> and, when the value initialises a variable
    /// declared with the old type, that declared type too (<see cref="CanRetype"/>).
    /// </summary>
    public static FixOffer Replace(FixKind kind, ExpressionSyntax expression, ExpressionSyntax replacement, TypeSyntax? declaredType, TypeSyntax? newDeclaredType, params string[] titleArguments) =>
        new(
            kind,
            edits =>
            {
                edits.Replace(expression, replacement);
                if (declaredType is not null && newDeclaredType is not null)
                {
                    edits.Replace(declaredType, newDeclaredType);
                }
            },
            titleArguments);

    /// <summary>A fix that replaces <paramref name="expression"/>.</summary>
    public static FixOffer Replace(FixKind kind, ExpressionSyntax expression, ExpressionSyntax replacement, params string[] titleArguments) =>
        Replace(kind, expression, replacement, null, null, titleArguments);

    /// <summary>
    /// Under the national profile (AIREG301, AIREG308): the one-shot <c>HashData</c> forms become
    /// <c>DigestUtilities.CalculateDigest("SM3", …)</c> / <c>MacUtilities.CalculateMac("HMAC-SM3", …)</c>.
    /// </summary>
    public static FixOffer? NationalOneShot(SemanticModel model, ExpressionSyntax expression, FixKind kind, CancellationToken cancellationToken) =>
        model.GetOperation(expression, cancellationToken) is Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation
        && BouncyCastleSyntax.OneShot(invocation, kind) is { } call
            ? Replace(kind == FixKind.HmacSm3 ? FixKind.UseHmacSm3 : FixKind.UseSm3, expression, call)
            : null;

    /// <summary><c>System.Security.Cryptography.X</c>, simplified to <c>X</c> with a using directive added when needed.</summary>
    public static TypeSyntax CryptoType(string name) => QualifiedType(CryptoNamespace, name);

    public static TypeSyntax QualifiedType(string @namespace, string name) =>
        SyntaxFactory.ParseTypeName("global::" + @namespace + "." + name)
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary><c>X.Member</c> with X a cryptography type.</summary>
    public static ExpressionSyntax CryptoMember(string type, string member) =>
        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, CryptoType(type), SyntaxFactory.IdentifierName(member));

    /// <summary><c>X.Create()</c> with X a cryptography type.</summary>
    public static ExpressionSyntax CryptoCreate(string type) =>
        SyntaxFactory.InvocationExpression(CryptoMember(type, "Create"));

    /// <summary>A numeric literal written with digit separators from 10,000 up: <c>600_000</c>.</summary>
    public static LiteralExpressionSyntax Number(int value)
    {
        var digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = digits;
        if (value >= 10_000)
        {
            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    builder.Append('_');
                }

                builder.Append(digits[i]);
            }

            text = builder.ToString();
        }

        return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(text, value));
    }

    /// <summary>
    /// Whether <paramref name="expression"/> can be replaced by one of type <paramref name="newType"/>
    /// and the code still compile: where the value goes must accept the new type. When the value
    /// initialises a local whose declared type is the old type, the declared type must change too
    /// (<paramref name="declaredType"/>), and every use of the local must accept the new type.
    /// A member the new type has but means something else by (<paramref name="refusedMember"/>) counts as missing.
    /// </summary>
    public static bool CanRetype(SemanticModel model, ExpressionSyntax expression, ITypeSymbol newType, CancellationToken cancellationToken, out TypeSyntax? declaredType, string? refusedMember = null)
    {
        declaredType = null;
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        if (node.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } && declarator.Parent is VariableDeclarationSyntax declaration)
        {
            var symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
            if (declaration.Type.IsVar)
            {
                return symbol is ILocalSymbol varLocal && UsesAccept(model, declarator, varLocal, newType, refusedMember, cancellationToken);
            }

            var declared = model.GetTypeInfo(declaration.Type, cancellationToken).Type;
            if (declared is null)
            {
                return false;
            }

            if (IsImplicit(model, newType, declared) && refusedMember is null)
            {
                return true;
            }

            if (declaration.Variables.Count != 1 || symbol is null)
            {
                return false;
            }

            if (symbol is ILocalSymbol local && UsesAccept(model, declarator, local, newType, refusedMember, cancellationToken))
            {
                declaredType = IsImplicit(model, newType, declared) ? null : declaration.Type;
                return true;
            }

            // A private field of a class declared in one place: every use is in that declaration.
            if (symbol is IFieldSymbol { DeclaredAccessibility: Accessibility.Private, ContainingType.DeclaringSyntaxReferences.Length: 1 } field
                && declaration.Parent is FieldDeclarationSyntax
                && declaration.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
                && UsesAcceptIn(model, type, field, newType, refusedMember, cancellationToken))
            {
                declaredType = IsImplicit(model, newType, declared) ? null : declaration.Type;
                return true;
            }

            return false;
        }

        if (node.Parent is MemberAccessExpressionSyntax access && access.Expression == node)
        {
            return HasInstanceMember(newType, access.Name.Identifier.ValueText) && access.Name.Identifier.ValueText != refusedMember;
        }

        if (node.Parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == node)
        {
            return false;
        }

        var converted = model.GetTypeInfo(expression, cancellationToken).ConvertedType;
        return converted is not null && IsImplicit(model, newType, converted);
    }

    private static bool UsesAccept(SemanticModel model, VariableDeclaratorSyntax declarator, ILocalSymbol local, ITypeSymbol newType, string? refusedMember, CancellationToken cancellationToken)
    {
        // Top-level statements: a local is visible in every later statement of the file.
        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>()
            ?? (declarator.FirstAncestorOrSelf<GlobalStatementSyntax>()?.Parent
            ?? declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>());
        return scope is not null && UsesAcceptIn(model, scope, local, newType, refusedMember, cancellationToken);
    }

    /// <summary>Whether every use of <paramref name="variable"/> inside <paramref name="scope"/> also accepts <paramref name="newType"/>.</summary>
    private static bool UsesAcceptIn(SemanticModel model, SyntaxNode scope, ISymbol variable, ITypeSymbol newType, string? refusedMember, CancellationToken cancellationToken)
    {
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != variable.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, variable))
            {
                continue;
            }

            // this._md5 is used like _md5.
            ExpressionSyntax use = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } qualified && qualified.Name == identifier
                ? qualified
                : identifier;
            switch (use.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == use:
                    if (!HasInstanceMember(newType, access.Name.Identifier.ValueText) || access.Name.Identifier.ValueText == refusedMember)
                    {
                        return false;
                    }

                    continue;
                case ConditionalAccessExpressionSyntax:
                    return false;
                case AssignmentExpressionSyntax assignment when assignment.Left == use:
                    return false;
                case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None):
                    return false;
            }

            var converted = model.GetTypeInfo(use, cancellationToken).ConvertedType;
            if (converted is null || !IsImplicit(model, newType, converted))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsImplicit(SemanticModel model, ITypeSymbol from, ITypeSymbol to) =>
        model.Compilation.ClassifyConversion(from, to) is { IsImplicit: true, IsUserDefined: false };

    public static bool HasInstanceMember(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (!member.IsStatic && member.DeclaredAccessibility == Accessibility.Public)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
