# before
# tag::a[]
a1
# tag::inner[]
inner1
# end::inner[]
a2
# end::a[]
# between
# tag::b[]
b1
# end::b[]
# after
