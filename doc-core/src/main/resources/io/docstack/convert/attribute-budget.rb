# Counts the text attribute references add to one page and stops adding past the page's budget
# (the :docstack_max_attribute_bytes option, Limits.maxAttributeBytes). Loaded by AttributeBudget.java.
#
# Every attribute substitution Asciidoctor makes (attribute entries, titles, paragraphs, include
# targets) goes through Substitutors#sub_attributes. Before it runs, the bytes it would add are the
# sizes of the values it refers to, which the document already holds: so the check is exact and
# happens before any large string exists. Ten entries ':aN: {aN-1}' repeated ten times stand for
# 10^10 characters; with the budget, the entry that would pass it keeps its references as written.
module Docstack
  module AttributeBudget
    OPTION = :docstack_max_attribute_bytes
    SPENT = :@docstack_attribute_bytes

    def sub_attributes text, opts = {}
      return super unless text.include? '{'
      root = @document
      root = root.parent_document while root.parent_document
      return super unless (limit = root.options[OPTION])
      spent = (root.instance_variable_get SPENT) || 0
      # Past the budget already: reported once, and the references stay as written.
      return text if spent > limit
      attributes = @document.attributes
      added = 0
      text.scan ::Asciidoctor::AttributeReferenceRx do
        next if $1 || $3 || $4
        value = attributes[$2.downcase]
        added += value.bytesize if ::String === value
      end
      root.instance_variable_set SPENT, spent + added
      return super if spent + added <= limit
      logger.error message_with_context %(attribute references add more than maxAttributeBytes (#{limit}) bytes to the page; they are left as written from here on), source_location: docstack_cursor
      text
    end

    private

    # Where the text is: while the document is parsed (attribute entries), the line the parser is
    # at (an entry is peeked, then shifted); else the block's line, or the enclosing block's for
    # inline text.
    def docstack_cursor
      return @reader.cursor if (::Asciidoctor::Document === self) && !parsed? && @reader
      node = self
      while node
        return node.source_location if (node.respond_to? :source_location) && node.source_location
        node = (node.respond_to? :parent) ? node.parent : nil
      end
      nil
    end
  end
end

::Asciidoctor::AbstractNode.prepend ::Docstack::AttributeBudget
