using System.Collections.Concurrent;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG103: a property of an EF Core entity (reachable from a <c>DbSet&lt;T&gt;</c> of a <c>DbContext</c>,
/// or configured with <c>modelBuilder.Entity&lt;T&gt;()</c>) that holds sensitive personal data (PIPL Art. 28)
/// with no protection attribute and no value conversion. The entities, conversions and ignores are
/// collected while the compilation is analyzed and reported at its end, since they live in different files.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensitiveDataPersistedInClearTextAnalyzer() : AiRegAnalyzer(Descriptors.AIREG103_SensitiveDataPersistedInClearText)
{
    /// <summary>Attribute names (besides <c>[ProtectedPersonalData]</c> and any attribute named <c>*Encrypt*</c>) that mark a property as protected; the first one is what the fix adds.</summary>
    internal static readonly ListOption ProtectionAttributes = new("protection_attributes");

    private const string RuleId = RuleIds.SensitiveDataPersistedInClearText;
    private const int MaxNavigationDepth = 4;

    // An entity member may be declared in a tree no callback analysed (generated code): the compilation-end report
    // skips those itself (GeneratedCode below), as the driver's per-diagnostic filter would, at a fraction of its cost.

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var dbContext = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
        var dbSet = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
        if (dbContext is null || dbSet is null)
        {
            return;
        }

        var state = new State(start.Compilation, dbContext, dbSet, PersonalDataModel.Get(start.Compilation, start.Options), start.Options);
        start.RegisterSymbolAction(state.AnalyzeType, SymbolKind.NamedType);
        start.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
        start.RegisterCompilationEndAction(state.Report);
    }

    private sealed class State
    {
        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol _dbContext;
        private readonly INamedTypeSymbol _dbSet;
        private readonly INamedTypeSymbol? _notMapped;
        private readonly INamedTypeSymbol? _protectedPersonalData;
        private readonly PersonalDataModel _model;
        private readonly AnalyzerOptions _options;

        /// <summary>Entity roots, each with the DbContext that maps it (first one wins).</summary>
        private readonly ConcurrentDictionary<INamedTypeSymbol, string> _entities = new(SymbolEqualityComparer.Default);

        /// <summary>Properties given a value conversion or ignored, by symbol.</summary>
        private readonly ConcurrentDictionary<IPropertySymbol, byte> _handled = new(SymbolEqualityComparer.Default);

        /// <summary>Properties given a value conversion or ignored by name (<c>Property("IdNumber")</c>), with their entity type.</summary>
        private readonly ConcurrentBag<(ITypeSymbol Entity, string Name)> _handledByName = new();

        /// <summary>Property types given a conversion by convention (<c>configurationBuilder.Properties&lt;string&gt;().HaveConversion(...)</c>).</summary>
        private readonly ConcurrentDictionary<ITypeSymbol, byte> _convertedTypes = new(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _salted = new(SymbolEqualityComparer.Default);

        /// <summary>The password words of AIREG306 (password, pwd, mima...; not PasswordHash, PasswordSalt).</summary>
        private readonly Crypto.SecurityWords _passwords = Crypto.SecurityWords.ForPasswords(default);

        public State(Compilation compilation, INamedTypeSymbol dbContext, INamedTypeSymbol dbSet, PersonalDataModel model, AnalyzerOptions options)
        {
            _compilation = compilation;
            _dbContext = dbContext;
            _dbSet = dbSet;
            _model = model;
            _options = options;
            _notMapped = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute");
            _protectedPersonalData = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.ProtectedPersonalDataAttribute");
        }

        public void AnalyzeType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Class || !InheritsFrom(type.BaseType, _dbContext))
            {
                return;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false } property
                    && property.Type is INamedTypeSymbol { IsGenericType: true } propertyType
                    && SymbolEqualityComparer.Default.Equals(propertyType.OriginalDefinition, _dbSet)
                    && propertyType.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    _entities.TryAdd(entity, type.Name);
                }
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            var name = method.Name;
            if (name is not ("HasConversion" or "HaveConversion" or "Ignore" or "Entity") || !IsEntityFrameworkCore(method.ContainingType))
            {
                // Encryption extensions of other libraries: builder.Property(x => x.Ssn).IsEncrypted() / .UseEncryption().
                if (name.IndexOf("Encrypt", StringComparison.Ordinal) >= 0 || name.IndexOf("Protect", StringComparison.Ordinal) >= 0)
                {
                    MarkProperty(FindPropertyCall(Receiver(invocation)));
                }

                return;
            }

            switch (name)
            {
                case "Entity" when method.IsGenericMethod && method.TypeArguments.Length == 1 && method.TypeArguments[0] is INamedTypeSymbol entity:
                    // modelBuilder.Entity<Patient>(): mapped even without a DbSet.
                    _entities.TryAdd(entity, ContainingTypeName(context.ContainingSymbol));
                    break;
                case "HasConversion":
                    MarkProperty(FindPropertyCall(Receiver(invocation)));
                    break;
                case "Ignore" when invocation.Arguments.Length == 1:
                    MarkTarget(invocation.Instance?.Type, invocation.Arguments[0].Value);
                    break;
                case "HaveConversion":
                    // configurationBuilder.Properties<string>().HaveConversion<Encrypting>(): every property of that type.
                    if (invocation.Instance?.Type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } builder)
                    {
                        _convertedTypes.TryAdd(builder.TypeArguments[0], 0);
                    }

                    break;
            }
        }

        public void Report(CompilationAnalysisContext context)
        {
            if (_entities.IsEmpty)
            {
                return;
            }

            var attributeOptions = new PerTreeCache<AttributeChoice>(_options, options => new AttributeChoice(ProtectionAttributes.Read(options, RuleId)));
            var generated = new GeneratedCode(context.Compilation, _options, context.CancellationToken);
            var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var reported = new HashSet<IPropertySymbol>(SymbolEqualityComparer.Default);
            foreach (var pair in _entities)
            {
                Visit(context, pair.Key, pair.Value, 0, visited, reported, attributeOptions, generated);
            }
        }

        private void Visit(
            CompilationAnalysisContext context,
            INamedTypeSymbol entity,
            string dbContextName,
            int depth,
            HashSet<INamedTypeSymbol> visited,
            HashSet<IPropertySymbol> reported,
            PerTreeCache<AttributeChoice> attributeOptions,
            GeneratedCode generated)
        {
            if (depth > MaxNavigationDepth || !visited.Add(entity))
            {
                return;
            }

            for (var type = entity; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                if (!IsSourceType(type))
                {
                    // Framework bases (IdentityUser) are not the application's to annotate.
                    break;
                }

                foreach (var member in type.GetMembers())
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null, SetMethod: not null } property
                        || HasAttribute(property, _notMapped))
                    {
                        continue;
                    }

                    if (NavigationTarget(property.Type) is { } navigation)
                    {
                        Visit(context, navigation, dbContextName, depth + 1, visited, reported, attributeOptions, generated);
                        continue;
                    }

                    if (property.Locations.Length == 0 || !property.Locations[0].IsInSource || reported.Contains(property)
                        || generated.Contains(property, property.Locations[0]))
                    {
                        continue;
                    }

                    var tree = property.Locations[0].SourceTree!;
                    var scope = _model.GetScope(tree, RuleId);
                    var attributes = attributeOptions.Get(tree);
                    if (scope.ClassifySymbol(property) is not { IsSensitive: true } classification
                        || IsProtected(property, attributes)
                        || IsHandled(entity, property)
                        || (classification.Category == PersonalDataCategory.Credential && (IsSaltedPassword(entity, property) || IsHashedByItsType(property, scope))))
                    {
                        continue;
                    }

                    reported.Add(property);
                    var finding = new PersonalDataFinding(type.Name + "." + property.Name, classification, ImmutableArray<string>.Empty);
                    var properties = attributes.Resolve(_compilation) is { } attributeName
                        ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ProtectionAttribute, attributeName)
                        : null;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.AIREG103_SensitiveDataPersistedInClearText,
                        property.Locations[0],
                        properties,
                        finding.Display,
                        PersonalDataText.Describe(finding),
                        dbContextName));
                }
            }
        }

        /// <summary>
        /// A password column (<c>Password</c>, <c>LoginPwd</c>) of an entity that keeps a salt (<c>Salt</c>, <c>SaltKey</c>,
        /// <c>PasswordSalt</c>, in it or a base) and no separate hash column: the salt is the password's, so the column holds a salted hash, not the password
        /// (how strong the hash is, is AIREG306's question). Next to a <c>PasswordHash</c>, a <c>Password</c> column is clear text.
        /// </summary>
        private bool IsSaltedPassword(INamedTypeSymbol entity, IPropertySymbol property) =>
            _passwords.IsMatch(property.Name) && _salted.GetOrAdd(entity, static e => KeepsSaltWithoutHash(e));

        /// <summary>
        /// A credential column that its own type only ever fills with a hash or another sanitizer's result
        /// (<c>Password = Hasher.HashPassword(password, Salt)</c> in <c>SetPassword</c>); its initializer's
        /// <c>null!</c> or <c>""</c> does not count. Writes from other types are not looked at.
        /// </summary>
        private bool IsHashedByItsType(IPropertySymbol property, PersonalDataScope scope)
        {
            if (MethodSummaries.Get(_compilation).WritesOf(property) is not { } writes)
            {
                return false;
            }

            var hashed = false;
            foreach (var write in writes)
            {
                var value = write;
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                switch (value)
                {
                    case { ConstantValue: { HasValue: true, Value: null or "" } }:
                        continue;
                    case IInvocationOperation call when scope.IsSanitizer(call.TargetMethod):
                        hashed = true;
                        continue;
                    default:
                        return false;
                }
            }

            return hashed;
        }

        private static bool KeepsSaltWithoutHash(INamedTypeSymbol entity)
        {
            var salt = false;
            for (var type = entity; type is { SpecialType: not SpecialType.System_Object }; type = type.BaseType)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is not (IPropertySymbol or IFieldSymbol) || member.IsImplicitlyDeclared)
                    {
                        continue; // a column, not GetHashCode()
                    }

                    var name = member.Name;
                    var hasSalt = name.IndexOf("salt", StringComparison.OrdinalIgnoreCase) >= 0;
                    var hasHash = name.IndexOf("hash", StringComparison.OrdinalIgnoreCase) >= 0;
                    if (!hasSalt && !hasHash)
                    {
                        continue;
                    }

                    var words = IdentifierWords.Split(name);
                    if (hasHash && words.Contains("hash"))
                    {
                        return false;
                    }

                    salt |= hasSalt && words.Contains("salt");
                }
            }

            return salt;
        }

        private bool IsHandled(INamedTypeSymbol entity, IPropertySymbol property)
        {
            if (_handled.ContainsKey(property) || _convertedTypes.ContainsKey(property.Type))
            {
                return true;
            }

            foreach (var (handledEntity, name) in _handledByName)
            {
                if (name == property.Name && (InheritsFrom(handledEntity, property.ContainingType) || InheritsFrom(entity, handledEntity as INamedTypeSymbol)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsProtected(IPropertySymbol property, AttributeChoice configured)
        {
            foreach (var attribute in property.GetAttributes())
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass is null)
                {
                    continue;
                }

                if (InheritsFrom(attributeClass, _protectedPersonalData)
                    || attributeClass.Name.IndexOf("Encrypt", StringComparison.OrdinalIgnoreCase) >= 0
                    || configured.Matches(attributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An entity type reached through a navigation (<c>Address HomeAddress</c>, <c>List&lt;Visit&gt; Visits</c>), or <see langword="null"/> for a scalar.</summary>
        private static INamedTypeSymbol? NavigationTarget(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic && generic.SpecialType == SpecialType.None
                && generic.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
            {
                type = generic.TypeArguments[0];
            }

            return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && named.SpecialType == SpecialType.None && IsSourceType(named)
                ? named
                : null;
        }

        private void MarkProperty(IInvocationOperation? propertyCall)
        {
            if (propertyCall is null || propertyCall.Arguments.Length == 0)
            {
                return;
            }

            MarkTarget(propertyCall.Instance?.Type, propertyCall.Arguments[0].Value);
        }

        /// <summary>Records the property named by <c>x =&gt; x.IdNumber</c> or <c>"IdNumber"</c>.</summary>
        private void MarkTarget(ITypeSymbol? builderType, IOperation? argument)
        {
            while (argument is IConversionOperation or IDelegateCreationOperation)
            {
                argument = argument is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)argument).Target;
            }

            if (argument is IAnonymousFunctionOperation lambda && PropertyOf(lambda.Body) is { } property)
            {
                _handled.TryAdd(property.OriginalDefinition, 0);
            }
            else if (argument?.ConstantValue is { HasValue: true, Value: string name }
                && builderType is INamedTypeSymbol { IsGenericType: true } builder && builder.TypeArguments.Length > 0)
            {
                _handledByName.Add((builder.TypeArguments[0], name));
            }
        }

        private static IPropertySymbol? PropertyOf(IBlockOperation body)
        {
            foreach (var statement in body.Operations)
            {
                if (statement is IReturnOperation { ReturnedValue: { } value })
                {
                    while (value is IConversionOperation conversion)
                    {
                        value = conversion.Operand;
                    }

                    return (value as IPropertyReferenceOperation)?.Property;
                }
            }

            return null;
        }

        private static IOperation? Receiver(IInvocationOperation invocation) =>
            invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

        /// <summary>Walks <c>builder.Property(x =&gt; x.IdNumber).IsRequired().HasConversion(...)</c> back to the <c>Property</c> call.</summary>
        private static IInvocationOperation? FindPropertyCall(IOperation? instance)
        {
            for (var depth = 0; instance is IInvocationOperation call && depth < 16; depth++)
            {
                if (call.TargetMethod.Name == "Property")
                {
                    return call;
                }

                instance = Receiver(call);
                while (instance is IConversionOperation conversion)
                {
                    instance = conversion.Operand;
                }
            }

            return null;
        }

        private static bool IsEntityFrameworkCore(INamedTypeSymbol? type)
        {
            var ns = type?.ContainingNamespace;
            while (ns is { ContainingNamespace.IsGlobalNamespace: false })
            {
                if (ns.Name == "EntityFrameworkCore" && ns.ContainingNamespace.Name == "Microsoft")
                {
                    return true;
                }

                ns = ns.ContainingNamespace;
            }

            return false;
        }

        private static string ContainingTypeName(ISymbol symbol) => symbol.ContainingType?.Name ?? symbol.Name;

        private static bool IsSourceType(INamedTypeSymbol type) => type.Locations.Length > 0 && type.Locations[0].IsInSource;

        private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return false;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether a location is generated code as the analyzer driver decides it for a rule that does not analyse
    /// generated code: the tree's <c>generated_code</c> option, else its file name (<c>*.g.cs</c>, <c>*.designer.cs</c>,
    /// <c>*.generated.cs</c>, <c>*.g.i.cs</c>, <c>TemporaryGeneratedFile_*</c>) or an <c>&lt;auto-generated&gt;</c> comment
    /// at its top; a <c>#line hidden</c> position; or a declaration around it marked <c>[GeneratedCode]</c>. The trees
    /// are judged once each; the attribute search runs only for a member something above it is marked on. Used by
    /// the compilation-end action only (one thread).
    /// </summary>
    private sealed class GeneratedCode
    {
        private static readonly string[] AutoGenerated = ["<autogenerated", "<auto-generated"];

        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;
        private readonly System.Threading.CancellationToken _cancellationToken;
        private readonly INamedTypeSymbol? _attribute;
        private readonly Dictionary<SyntaxTree, bool> _trees = [];
        private readonly Dictionary<ISymbol, bool> _marked = new(SymbolEqualityComparer.Default);

        public GeneratedCode(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _options = options;
            _cancellationToken = cancellationToken;
            _attribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
        }

        public bool Contains(ISymbol member, Location location)
        {
            if (location.SourceTree is not { } tree)
            {
                return false;
            }

            if (!_trees.TryGetValue(tree, out var isGenerated))
            {
                _trees[tree] = isGenerated = IsGenerated(tree);
            }

            return isGenerated
                || (tree.HasHiddenRegions() && tree.GetLineVisibility(location.SourceSpan.Start, _cancellationToken) == LineVisibility.Hidden)
                || (_attribute is not null && IsMarked(member, asDriver: false) && IsInMarkedDeclaration(tree, location.SourceSpan));
        }

        private bool IsGenerated(SyntaxTree tree)
        {
            if (_options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue("generated_code", out var configured)
                && bool.TryParse(configured, out var isGenerated))
            {
                return isGenerated;
            }

            return IsGeneratedFileName(tree.FilePath) || BeginsWithAutoGeneratedComment(tree.GetRoot(_cancellationToken));
        }

        private static bool IsGeneratedFileName(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return false;
            }

            // The file name after the last separator (System.IO.Path would throw on characters invalid in a path).
            var start = path!.LastIndexOfAny([System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar, System.IO.Path.VolumeSeparatorChar]) + 1;
            var name = path.Substring(start);
            if (name.StartsWith("TemporaryGeneratedFile_", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // The name without its extension; a name with no extension, or one that ends in a dot, has none.
            var dot = name.LastIndexOf('.');
            if (dot < 0 || dot == name.Length - 1)
            {
                return false;
            }

            var stem = name.Substring(0, dot);
            return stem.EndsWith(".designer", StringComparison.OrdinalIgnoreCase)
                || stem.EndsWith(".generated", StringComparison.OrdinalIgnoreCase)
                || stem.EndsWith(".g", StringComparison.OrdinalIgnoreCase)
                || stem.EndsWith(".g.i", StringComparison.OrdinalIgnoreCase);
        }

        private static bool BeginsWithAutoGeneratedComment(SyntaxNode root)
        {
            foreach (var trivia in root.GetLeadingTrivia())
            {
                if (trivia.RawKind is not ((int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SingleLineCommentTrivia or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.MultiLineCommentTrivia))
                {
                    continue;
                }

                var text = trivia.ToString();
                foreach (var marker in AutoGenerated)
                {
                    if (text.IndexOf(marker, StringComparison.Ordinal) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The driver's own test, for the rare member that something around is marked on: the tree names the attribute,
        /// and a declaration around the location is generated code.
        /// </summary>
        private bool IsInMarkedDeclaration(SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            var root = tree.GetRoot(_cancellationToken);
            if (!NamesAttribute(root))
            {
                return false;
            }

            var model = _compilation.GetSemanticModel(tree);
            for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
            {
                if (model.GetDeclaredSymbol(node, _cancellationToken) is { } declared && IsMarked(declared, asDriver: true))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <c>[GeneratedCode]</c> is on <paramref name="symbol"/> or a symbol around it (a type, the module, the
        /// assembly). <paramref name="asDriver"/>: as the driver decides it, where a symbol declared in several parts,
        /// which can carry the attribute only once, is not generated code and ends the search.
        /// </summary>
        private bool IsMarked(ISymbol symbol, bool asDriver)
        {
            for (var current = symbol; current is not null; current = current.ContainingSymbol)
            {
                if (current.Kind == SymbolKind.Namespace)
                {
                    continue;
                }

                if (asDriver && current.DeclaringSyntaxReferences.Length > 1)
                {
                    return false;
                }

                if (!_marked.TryGetValue(current, out var marked))
                {
                    _marked[current] = marked = HasAttribute(current);
                }

                if (marked)
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasAttribute(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attribute))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool NamesAttribute(SyntaxNode root)
        {
            foreach (var token in root.DescendantTokens())
            {
                if (token.ValueText is "GeneratedCode" or "GeneratedCodeAttribute")
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The configured protection attributes of one tree; the first one that resolves is what the fix adds.</summary>
    private sealed class AttributeChoice
    {
        private readonly ImmutableArray<string> _names;
        private string? _resolved;
        private bool _isResolved;

        public AttributeChoice(ImmutableArray<string> names) => _names = names;

        public bool Matches(INamedTypeSymbol attributeClass)
        {
            foreach (var name in _names)
            {
                var simple = name.EndsWith("Attribute", StringComparison.Ordinal) ? name : name + "Attribute";
                var display = attributeClass.ToDisplayString();
                if (attributeClass.Name == simple || display == name || display == simple)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Metadata name of the first configured attribute that exists, is an attribute and has a parameterless constructor.</summary>
        public string? Resolve(Compilation compilation)
        {
            if (_isResolved)
            {
                return _resolved;
            }

            foreach (var name in _names)
            {
                if (Find(compilation, name) is { } type)
                {
                    _resolved = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    break;
                }
            }

            _isResolved = true;
            return _resolved;
        }

        private static INamedTypeSymbol? Find(Compilation compilation, string name)
        {
            var simple = name.EndsWith("Attribute", StringComparison.Ordinal) ? name : name + "Attribute";
            INamedTypeSymbol? found = name.IndexOf('.') >= 0
                ? compilation.GetTypeByMetadataName(simple) ?? compilation.GetTypeByMetadataName(name)
                : null;
            if (found is null && name.IndexOf('.') < 0)
            {
                foreach (var symbol in compilation.GetSymbolsWithName(simple, SymbolFilter.Type))
                {
                    found = symbol as INamedTypeSymbol;
                    break;
                }
            }

            if (found is null || found.IsAbstract || !IsAttribute(found))
            {
                return null;
            }

            foreach (var constructor in found.InstanceConstructors)
            {
                if (constructor.DeclaredAccessibility == Accessibility.Public && (constructor.Parameters.Length == 0 || constructor.Parameters[0].IsOptional))
                {
                    return found;
                }
            }

            return null;
        }

        private static bool IsAttribute(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == "Attribute" && current.ContainingNamespace?.Name == "System")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
