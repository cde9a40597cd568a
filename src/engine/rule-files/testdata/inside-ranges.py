class Orders(APIView):
    def get(self, request):
        # ruleid: request-read-in-view-method
        return request.data.get("id")

    def helper(self, request):
        # ok: request-read-in-view-method
        return request.data.get("id")


class Items(Mixin, GenericView):
    def post(self, req):
        # ruleid: request-read-in-view-method
        return req.data.get("name")


class Plain:
    def get(self, request):
        # ok: request-read-in-view-method
        return request.data.get("id")


@api_view(["GET"])
def lookup(req):
    # ruleid: request-read-in-view-method
    return req.data.get("q")
